package io.quarkiverse.jsonrpc.server.test.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

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
 * A close hook still running when the wait for the close hooks ends, with Quarkus's shutdown timeout: the stop goes
 * on without it, and says so, with how long it waited.
 */
public class CloseHookOutlastsTheStopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, Slow.class, LogWatch.class))
            .overrideConfigKey("quarkus.shutdown.timeout", "1s");

    public static class Slow {
        static final CountDownLatch running = new CountDownLatch(1);
        static final CountDownLatch proceed = new CountDownLatch(1);

        @OnJsonRpcClose
        void goodbye() throws InterruptedException {
            running.countDown();
            proceed.await(60, TimeUnit.SECONDS);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theStopGoesOnWithoutAHookThatOutlastsIt() throws InterruptedException {
        Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
        try (LogWatch log = LogWatch.extension(); WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,2],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            stopping.start();
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            assertThat(Slow.running.await(60, TimeUnit.SECONDS)).isTrue();
            LogRecord gaveUp = log.await("The @OnJsonRpcClose hooks were still running", Duration.ofSeconds(60));
            assertThat(gaveUp.getLevel()).isEqualTo(Level.WARNING);
            // what was left of the shutdown timeout
            assertThat(LogWatch.message(gaveUp)).matches("The @OnJsonRpcClose hooks were still running after \\d+ ms:"
                    + " the application stops without them");
        } finally {
            Slow.proceed.countDown();
            stopping.join(Duration.ofSeconds(60).toMillis());
        }
    }
}
