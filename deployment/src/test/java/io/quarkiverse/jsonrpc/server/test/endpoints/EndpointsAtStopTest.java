package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;

/**
 * Graceful shutdown treats the endpoints as one server: a call running at an endpoint holds the stop, a call at
 * another endpoint is refused from the stop on, and the connections of every endpoint close with 1001 once the call
 * is answered.
 */
public class EndpointsAtStopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Held.class, Endpoints.class, Endpoints.Public.class, LogWatch.class))
            .overrideConfigKey("quarkus.shutdown.timeout", "60s");

    @JsonRpcEndpoint("/admin")
    public static class Held {
        static final CountDownLatch started = new CountDownLatch(1);
        static final CountDownLatch proceed = new CountDownLatch(1);

        @JsonRpc
        @Blocking
        public String held() throws InterruptedException {
            started.countDown();
            proceed.await(60, TimeUnit.SECONDS);
            return "done";
        }
    }

    @TestHTTPResource("/admin")
    URI admin;

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @Test
    void oneStopForEveryEndpoint() throws InterruptedException {
        Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
        try (LogWatch log = LogWatch.extension();
                WebSocketTestConnection atAdmin = WebSocketTestConnection.open(admin);
                WebSocketTestConnection atConfigured = WebSocketTestConnection.open(configured)) {
            atConfigured.send("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}");
            assertThat(atConfigured.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"public\",\"id\":1}");
            atAdmin.send("{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":1}");
            assertThat(Held.started.await(60, TimeUnit.SECONDS)).isTrue();

            stopping.start();
            log.await("Waiting for 1 JSON-RPC call to finish", Duration.ofSeconds(30));
            atConfigured.send("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}");
            assertThat(atConfigured.next()).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32006,\"message\":\"Server shutting down\"},\"id\":2}");

            Held.proceed.countDown();
            assertThat(atAdmin.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":1}");
            assertThat(atAdmin.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            assertThat(atConfigured.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            stopping.join(Duration.ofSeconds(60).toMillis());
            assertThat(stopping.isAlive()).isFalse();
        } finally {
            Held.proceed.countDown();
        }
    }
}
