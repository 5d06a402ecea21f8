package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With the HTTP transport disabled a POST finds nothing; the WebSocket still serves, as the OpenRPC document says. */
public class HttpDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.jsonrpc-server.http.enabled", "false")
            // a path of its own, so that nothing but the HTTP transport could answer there
            .overrideConfigKey("quarkus.jsonrpc-server.http.path", "/rpc/http")
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.openrpc.servers",
                    "https://rpc.example.com,wss://rpc.example.com");

    static final String ECHO = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void postIsNotFound() throws Exception {
        // 404, or 405 when another extension routes GET requests for any path
        HttpResponse<String> post = Http.post("/rpc/http", ECHO);
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).doesNotContain("jsonrpc");
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(ECHO)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
        }
    }

    /** The document says which transports serve a method, not which it declares, and lists their servers alone. */
    @Test
    void theOpenRpcDocumentSaysTheWebSocketAloneServes() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":1}"))
                    .contains("\"name\":\"echo\"").contains("\"x-transports\":[\"websocket\"]")
                    .contains("\"servers\":[{\"name\":\"websocket\",\"url\":\"wss://rpc.example.com/jsonrpc\"}]")
                    .doesNotContain("\"http\"");
        }
    }
}
