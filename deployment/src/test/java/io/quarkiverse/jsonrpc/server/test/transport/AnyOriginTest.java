package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code websocket.allowed-origins=*} lets a page of any origin open a WebSocket. */
public class AnyOriginTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ping.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.allowed-origins", "*");

    public static class Ping {
        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "null", "http://localhost:1" })
    void everyOriginGetsIn(String origin) {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri, Map.of("Origin", origin))) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
        }
    }
}
