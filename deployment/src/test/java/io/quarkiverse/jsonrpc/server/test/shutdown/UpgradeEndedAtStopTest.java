package io.quarkiverse.jsonrpc.server.test.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An upgrade whose connection is not open yet when the application begins to stop is ended for Quarkus then (see
 * GracefulShutdownIT for one whose connection never opens), and the access log shows it as it went: 101. Vert.x
 * writes the 101 before it gives the response that status; here its event loop is held in between
 * ({@link HeldAfterHandshake}) while the client has its 101 and the application is asked to stop.
 */
public class UpgradeEndedAtStopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, HeldAfterHandshake.class, LogWatch.class))
            .overrideConfigKey("quarkus.shutdown.timeout", "30s")
            .overrideConfigKey("quarkus.http.access-log.enabled", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anUpgradeEndedAsTheStopBeginsIsLoggedWithItsStatus() throws InterruptedException {
        String upgrade = "\"GET /jsonrpc HTTP/1.1\"";
        try (LogWatch log = LogWatch.under("io.quarkus.http.access-log");
                WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
            stopping.start();
            // the stop is ending the upgrade, and waits there: for the event loop, or for the lock it holds
            await().atMost(Duration.ofSeconds(30)).until(() -> stopping.getState() != Thread.State.RUNNABLE
                    && Arrays.stream(stopping.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("endAll")));
            HeldAfterHandshake.released.countDown();

            String logged = await().atMost(Duration.ofSeconds(30)).until(() -> log.records().stream()
                    .map(LogWatch::message).filter(line -> line.contains(upgrade)).findFirst().orElse(null),
                    line -> line != null);
            assertThat(logged).contains(upgrade + " 101 ");
            stopping.join(Duration.ofSeconds(60).toMillis());
            assertThat(stopping.isAlive()).isFalse();
        } finally {
            HeldAfterHandshake.released.countDown();
        }
    }
}
