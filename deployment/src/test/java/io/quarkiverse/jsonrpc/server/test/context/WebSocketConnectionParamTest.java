package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.WebSocketConnection;

/** A {@code WebSocketConnection} parameter is the connection the call arrived on; {@code null} over HTTP. */
public class WebSocketConnectionParamTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Connections.class, HttpRpc.class));

    public static class Connections {
        @JsonRpc
        public String connection(WebSocketConnection connection, JsonRpcContext context) {
            if (connection == null) {
                return "none";
            }
            return connection.id().equals(context.connection().orElseThrow().id()) && connection.isOpen()
                    ? "open, as in context"
                    : "unexpected";
        }
    }

    static final String CONNECTION = "{\"jsonrpc\":\"2.0\",\"method\":\"connection\",\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(CONNECTION))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"open, as in context\",\"id\":1}");
        }
    }

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(CONNECTION)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"none\",\"id\":1}");
    }
}
