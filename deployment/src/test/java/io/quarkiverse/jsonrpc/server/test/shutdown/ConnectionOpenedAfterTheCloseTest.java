package io.quarkiverse.jsonrpc.server.test.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A connection whose upgrade was permitted before the application began to stop, and which opens only once the stop
 * has closed the connections, is closed too, with 1001, rather than left open on a stopping application until the HTTP
 * server drops it. Its opening is held here ({@link HeldAfterHandshake}) until the stop has run; without
 * quarkus.shutdown.timeout, as in dev mode, the connections are closed at once.
 */
public class ConnectionOpenedAfterTheCloseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, HeldAfterHandshake.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aConnectionOpenedAfterTheCloseIsClosedAsGoingAway() throws InterruptedException {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            // without a timeout the stop closes the connections before it returns, and waits for nothing else
            Thread stopping = new Thread(ShutdownRecorder::runShutdown, "test-shutdown");
            stopping.start();
            stopping.join(Duration.ofSeconds(60).toMillis());
            assertThat(stopping.isAlive()).isFalse();
            HeldAfterHandshake.released.countDown();

            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
        } finally {
            HeldAfterHandshake.released.countDown();
        }
    }
}
