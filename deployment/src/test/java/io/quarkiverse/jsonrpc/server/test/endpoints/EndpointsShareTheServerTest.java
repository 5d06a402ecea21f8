package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The endpoints are one server: under {@code quarkus.http.root-path} alike, their upgrades checked alike (here the
 * allowed origins), and a notification to everyone reaches the connections of every endpoint; one to an endpoint, its
 * connections only.
 */
public class EndpointsShareTheServerTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Announcer.class, Endpoints.class, Endpoints.Public.class))
            .overrideConfigKey("quarkus.http.root-path", "/api")
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.allowed-origins", "https://app.example.com");

    @JsonRpcEndpoint("/admin")
    public static class Announcer {
        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public void announce(String text) {
            notifier.all().sendAndAwait("announcement", Map.of("text", text));
        }
    }

    @Inject
    JsonRpcNotifier notifier;

    /** Under the root path: {@code /api/admin}. */
    @TestHTTPResource("/admin")
    URI admin;

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @Test
    void anEndpointIsUnderTheRootPath() throws Exception {
        assertThat(admin.getPath()).isEqualTo("/api/admin");
        try (JsonRpcTestClient http = JsonRpcTestClient.http(admin)) {
            http.call("announce", "over HTTP");
        }
        assertThat(get(URI.create(admin + "/openrpc.json")).body()).contains("\"name\":\"announce\"");
        assertThat(get(admin.resolve("/admin/openrpc.json")).statusCode()).isEqualTo(404);
    }

    @Test
    void theUpgradeToAnEndpointIsChecked() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(admin, Map.of("Origin", "https://evil.example")))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(403);
    }

    @Test
    void aNotificationToEveryoneReachesEveryEndpoint() {
        try (JsonRpcTestClient atAdmin = JsonRpcTestClient.ws(admin);
                JsonRpcTestClient atConfigured = JsonRpcTestClient.ws(configured)) {
            // open, and its open hooks run, before the broadcast
            assertThat(atConfigured.call(String.class, "ping")).isEqualTo("public");
            atAdmin.call("announce", "hello");
            assertThat(nextText(atAdmin)).isEqualTo("hello");
            assertThat(nextText(atConfigured)).isEqualTo("hello");
        }
    }

    /** Named by the path its annotation writes, or the configured one, without the root path, as a route names it. */
    @Test
    void aNotificationToAnEndpointReachesItsConnectionsOnly() {
        try (JsonRpcTestClient atAdmin = JsonRpcTestClient.ws(admin);
                JsonRpcTestClient atConfigured = JsonRpcTestClient.ws(configured)) {
            assertThat(atConfigured.call(String.class, "ping")).isEqualTo("public");
            atAdmin.call("announce", "opened");
            assertThat(nextText(atAdmin)).isEqualTo("opened");
            assertThat(nextText(atConfigured)).isEqualTo("opened");

            notifier.endpoint("admin/").sendAndAwait("announcement", Map.of("text", "to the admins"));
            notifier.endpoint("/jsonrpc").sendAndAwait("announcement", Map.of("text", "to the public"));
            // the admins' notice at the configured path would come before the public's, the public's at /admin before
            // the marker to everyone
            assertThat(nextText(atAdmin)).isEqualTo("to the admins");
            assertThat(nextText(atConfigured)).isEqualTo("to the public");
            notifier.all().sendAndAwait("announcement", Map.of("text", "marker"));
            assertThat(nextText(atAdmin)).isEqualTo("marker");
        }
    }

    @Test
    void aNotificationToNoEndpointFailsAndSaysWhichThereAre() {
        assertThatThrownBy(() -> notifier.endpoint("/api/admin").sendAndAwait("announcement", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No JSON-RPC endpoint is at /api/admin: the WebSocket endpoints are at /jsonrpc, /admin,"
                        + " /audit, /greetings, /users, as their @JsonRpcEndpoint writes them: without"
                        + " quarkus.http.root-path, a path parameter's name in braces");
    }

    /** The text of the client's next notification, an announcement. */
    private static String nextText(JsonRpcTestClient client) {
        return client.nextNotification(Duration.ofSeconds(10)).params().get("text").asText();
    }

    private static HttpResponse<String> get(URI uri) {
        return Http.get(uri.toString());
    }
}
