package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.config.Echo;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A WebSocket connection on which nothing is sent or received is closed by the server after
 * {@code quarkus.http.idle-timeout}: the upgraded connection keeps the HTTP connection's idle timeout.
 * <p>
 * Nothing is sent on it at all: a first call would have to come within the idle timeout of the upgrade, which a test
 * on a busy machine cannot promise, and a connection closed before it would fail the test for no fault of the server.
 */
public class IdleTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.idle-timeout", "1s");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anIdleConnectionIsClosed() {
        // open once the server has answered the upgrade with 101: a JSON-RPC connection
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            // the client stays silent: the server ends the connection, without the close frame an endpoint would send
            assertThat(client.awaitClose())
                    .isEqualTo(new CloseStatus(1006, "connection lost: the server closed it without a close frame"));
            assertThat(client.isOpen()).isFalse();
        }
    }
}
