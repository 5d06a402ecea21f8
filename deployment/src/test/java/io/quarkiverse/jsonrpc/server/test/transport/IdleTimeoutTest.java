package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.config.Echo;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A WebSocket connection on which nothing is sent or received is closed by the server after
 * {@code quarkus.http.idle-timeout}: the upgraded connection keeps the HTTP connection's idle timeout.
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
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"a\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":1}");
            // the client stays silent: the server ends the connection (without a close frame: 1006)
            assertThat(client.awaitClose()).isNotNull();
            assertThat(client.isOpen()).isFalse();
        }
    }
}
