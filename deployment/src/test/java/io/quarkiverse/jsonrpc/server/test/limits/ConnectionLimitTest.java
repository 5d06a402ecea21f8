package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * How many connections a server holds at once is Quarkus's HTTP limit, quarkus.http.limits.max-connections: a
 * WebSocket connection is one of them for as long as it is open, and one over the limit is not accepted. Closing one
 * makes room.
 */
public class ConnectionLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.limits.max-connections", "2");

    public static class Echo {
        @JsonRpc
        public String echo(String text) {
            return text;
        }
    }

    static final String ECHO = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}";
    static final String ECHOED = "{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aConnectionOverTheLimitIsNotAccepted() {
        try (WebSocketTestConnection first = WebSocketTestConnection.open(uri);
                WebSocketTestConnection second = WebSocketTestConnection.open(uri)) {
            assertThat(first.call(ECHO)).isEqualTo(ECHOED);
            assertThat(second.call(ECHO)).isEqualTo(ECHOED);
            assertThatThrownBy(() -> WebSocketTestConnection.open(uri).close())
                    .hasMessageEndingWith("the server closed the connection during the handshake");
        }
        // the two closed: room again
        try (WebSocketTestConnection again = WebSocketTestConnection.open(uri)) {
            assertThat(again.call(ECHO)).isEqualTo(ECHOED);
        }
    }
}
