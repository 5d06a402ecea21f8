package io.quarkiverse.jsonrpc.server.test.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;

/**
 * A call running when the application is asked to stop is answered before its connection closes with 1001, however
 * long what comes between its end and its answer takes: here a batch, whose listeners are told once the batch is
 * answered, with a listener that takes its time. The stop waits for the call until its answer is handed to the
 * connection, not only until its method has returned.
 */
public class AnswerBeforeCloseAtStopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Held.class, SlowListener.class, LogWatch.class))
            .overrideConfigKey("quarkus.shutdown.timeout", "60s");

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

    /** Told of the end of {@code held}, it returns only once released. */
    @Singleton
    public static class SlowListener implements CallListener {
        static final CountDownLatch told = new CountDownLatch(1);
        static final CountDownLatch released = new CountDownLatch(1);

        @Override
        public Call onStart(Request request) {
            if (!"held".equals(request.method())) {
                return (errorCode, errorMessage, durationNanos) -> {
                };
            }
            return (errorCode, errorMessage, durationNanos) -> {
                told.countDown();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theAnswerGoesOutBeforeTheClose() throws InterruptedException {
        Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
        try (LogWatch log = LogWatch.extension();
                WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send("[{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":1}]");
            assertThat(Held.started.await(60, TimeUnit.SECONDS)).isTrue();
            stopping.start();
            log.await("Waiting for 1 JSON-RPC call to finish", Duration.ofSeconds(30));

            Held.proceed.countDown();
            assertThat(SlowListener.told.await(60, TimeUnit.SECONDS)).isTrue();
            // while the listener runs, the call is still one the stop waits for; or, were it not, the stop goes on
            // and closes the connection
            await().atMost(Duration.ofSeconds(30)).until(() -> !connection.isOpen()
                    || Arc.container().instance(ServerAssembly.class).get().admission().callsInFlight() == 1);
            SlowListener.released.countDown();

            assertThat(connection.next()).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":1}]");
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            stopping.join(Duration.ofSeconds(60).toMillis());
            assertThat(stopping.isAlive()).isFalse();
        } finally {
            Held.proceed.countDown();
            SlowListener.released.countDown();
        }
    }
}
