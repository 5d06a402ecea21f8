package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.runtime.ClientCallListener;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A call listener that throws (a meter registry's filter, a tracer's bug) costs the client's calls nothing: each is
 * answered as without it, over HTTP and WebSocket, and the failure is logged once, at ERROR. It used to leave the
 * caller waiting for good where it threw as the call ended.
 */
public class ThrowingClientListenerTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, Throwing.class,
                    LogWatch.class));

    /** Fails wherever it is told something, but where it starts the calls of "echo", which it fails to start. */
    @Singleton
    public static class Throwing implements ClientCallListener {
        @Override
        public Call onStart(ClientSettings client, String endpoint, String method, Long id) {
            if (method.equals("echo")) {
                throw new IllegalStateException("no start for " + method);
            }
            return new Call() {
                @Override
                public void headers(java.util.function.BiConsumer<String, String> header) {
                    throw new IllegalStateException("no headers");
                }

                @Override
                public AutoCloseable enter() {
                    throw new IllegalStateException("no scope");
                }

                @Override
                public void peer(String address, int port) {
                    throw new IllegalStateException("no peer");
                }

                @Override
                public void onEnd(Throwable failure, long durationNanos) {
                    throw new IllegalStateException("no end");
                }
            };
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void callsAreAnsweredAsWithoutIt() {
        try (LogWatch log = LogWatch.extension()) {
            for (String scheme : new String[] { "http", "ws" }) {
                Calculator calc = JsonRpcClientBuilder.newBuilder().url(scheme + endpoint.toString().substring(4))
                        .build(Calculator.class);
                try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
                    assertThat(calc.subtract(5, 3)).as(scheme).isEqualTo(2);
                    assertThat(calc.echoText("hi")).as(scheme).isEqualTo("hi");
                    calc.recordQuietly("a notification");
                    assertThat(calc.sum(1, 2, 3)).as(scheme).isEqualTo(6);
                }
            }
            assertThat(LogWatch.message(log.await("failed in onEnd", Duration.ofSeconds(10)))).isEqualTo(
                    "The call listener " + Throwing.class.getName() + "$1 failed in onEnd, of a call of subtract; the"
                            + " call goes on without it (its further failures are logged at DEBUG)");
        }
    }
}
