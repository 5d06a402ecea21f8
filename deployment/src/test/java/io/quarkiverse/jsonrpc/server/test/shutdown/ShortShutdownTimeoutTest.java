package io.quarkiverse.jsonrpc.server.test.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A shutdown timeout shorter than the moment kept for the last answers to go out: the close hooks still run, and are
 * waited for, within what is left of it, rather than reported as failed (Mutiny refuses a wait of no time at all).
 */
public class ShortShutdownTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, Goodbye.class, LogWatch.class))
            .overrideConfigKey("quarkus.shutdown.timeout", "200ms");

    public static class Goodbye {
        static final CountDownLatch said = new CountDownLatch(1);

        @OnJsonRpcClose
        void goodbye() {
            said.countDown();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theCloseHooksRunWithinAShortTimeout() throws InterruptedException {
        Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
        try (LogWatch log = LogWatch.extension(); WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,2],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            stopping.start();
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            assertThat(Goodbye.said.await(60, TimeUnit.SECONDS)).isTrue();
            stopping.join(Duration.ofSeconds(60).toMillis());
            // the stop has ended: what it logged is in
            assertThat(stopping.isAlive()).isFalse();
            assertThat(log.records()).extracting(LogWatch::message)
                    .noneMatch(message -> message.startsWith("The @OnJsonRpcClose hooks failed"));
        }
    }
}
