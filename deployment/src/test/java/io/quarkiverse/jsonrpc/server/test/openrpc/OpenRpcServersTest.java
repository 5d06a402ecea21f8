package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code quarkus.jsonrpc-server.openrpc.servers}: each document lists the URLs at which clients reach the application,
 * after its {@code info}, each followed by the path of its endpoint's transport under the root path: an {@code https}
 * URL by the HTTP transport's path, a {@code wss} URL by the WebSocket transport's. A {@code @JsonRpcEndpoint}'s
 * document has its own path, and its path parameters are server variables.
 */
public class OpenRpcServersTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, Admin.class, Tenants.class))
            .overrideConfigKey("quarkus.http.root-path", "/api")
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.path", "/ws")
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.openrpc.servers",
                    "https://rpc.example.com/,wss://rpc.example.com");

    public static class Echo {
        @JsonRpc
        public String echo(String value) {
            return value;
        }
    }

    @JsonRpcEndpoint("/admin")
    public static class Admin {
        @JsonRpc
        public int users() {
            return 2;
        }
    }

    @JsonRpcEndpoint("/tenants/{tenant}")
    public static class Tenants {
        @JsonRpc
        public String plan() {
            return "free";
        }
    }

    @TestHTTPResource("/jsonrpc/openrpc.json")
    URI configured;

    @TestHTTPResource("/admin/openrpc.json")
    URI admin;

    @TestHTTPResource("/tenants/acme/openrpc.json")
    URI tenants;

    @TestHTTPResource("/ws")
    URI webSocket;

    @Test
    void theConfiguredPathsOfEachTransport() {
        JsonNode document = document(configured);
        assertThat(fields(document)).containsExactly("openrpc", "info", "servers", "methods", "components");
        assertThat(document.get("servers").toString()).isEqualTo(
                "[{\"name\":\"http\",\"url\":\"https://rpc.example.com/api/jsonrpc\"},"
                        + "{\"name\":\"websocket\",\"url\":\"wss://rpc.example.com/api/ws\"}]");
    }

    @Test
    void anEndpointsOwnPath() {
        assertThat(document(admin).get("servers").toString()).isEqualTo(
                "[{\"name\":\"http\",\"url\":\"https://rpc.example.com/api/admin\"},"
                        + "{\"name\":\"websocket\",\"url\":\"wss://rpc.example.com/api/admin\"}]");
    }

    @Test
    void pathParametersAreServerVariables() {
        assertThat(document(tenants).get("servers").toString()).isEqualTo(
                "[{\"name\":\"http\",\"url\":\"https://rpc.example.com/api/tenants/{tenant}\","
                        + "\"variables\":{\"tenant\":{\"default\":\"tenant\"}}},"
                        + "{\"name\":\"websocket\",\"url\":\"wss://rpc.example.com/api/tenants/{tenant}\","
                        + "\"variables\":{\"tenant\":{\"default\":\"tenant\"}}}]");
    }

    @Test
    void discoverAnswersWithTheSameDocument() throws Exception {
        String document = get(configured);
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(webSocket)) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + document + ",\"id\":1}");
        }
    }

    private static JsonNode document(URI uri) {
        return Http.getJson(uri.toString());
    }

    private static String get(URI uri) {
        HttpResponse<String> response = Http.get(uri.toString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }

    private static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
