package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Over a WebSocket the context describes the connection: the headers of its upgrade request, the connection itself,
 * and user data that lives as long as the connection.
 */
public class JsonRpcContextOverWebSocketTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, CallDescription.class));

    public static class Introspection {
        @JsonRpc
        public CallDescription describe(JsonRpcContext context) {
            return CallDescription.of(context);
        }

        /** Returns what was remembered before. */
        @JsonRpc
        public Object remember(JsonRpcContext context, String value) {
            return context.userData().put("remembered", value);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void describesTheConnection() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri, Map.of("X-Trace", "upgrade-1"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"id\":\"abc\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"WEBSOCKET\","
                            + "\"method\":\"describe\",\"requestId\":\"abc\",\"notification\":false,"
                            + "\"header\":\"upgrade-1\",\"headerValues\":[\"upgrade-1\"],\"connection\":true},"
                            + "\"id\":\"abc\"}");
        }
    }

    @Test
    void userDataLivesAsLongAsTheConnection() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"first\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"second\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"first\",\"id\":2}");
        }
        try (WebSocketTestConnection other = WebSocketTestConnection.open(uri)) {
            assertThat(other.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"third\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":3}");
        }
    }
}
