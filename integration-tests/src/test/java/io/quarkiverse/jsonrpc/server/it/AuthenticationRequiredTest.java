package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.HttpRejectedException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.RequestRejectedException;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.jsonrpc-server.auth.required=true}, nobody anonymous gets in: the WebSocket upgrade is refused
 * and HTTP answers 401 with the Basic mechanism's challenge; unsecured methods included.
 * <p>
 * A browser cannot set a header on its WebSocket's upgrade request, only offer subprotocols: with websockets-next's
 * {@code propagate-subprotocol-headers} on, it carries its {@code Authorization} header in one of them, and gets in.
 */
@QuarkusTest
@TestProfile(AuthenticationRequiredTest.Required.class)
class AuthenticationRequiredTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.jsonrpc-server.auth.required", "true",
                    "quarkus.jsonrpc-server.http.error-status-codes", "true",
                    "quarkus.websockets-next.server.propagate-subprotocol-headers", "true",
                    "quarkus.websockets-next.server.supported-subprotocols", "json-rpc",
                    "quarkus.jsonrpc-server.traffic-logging.enabled", "true",
                    "quarkus.log.category.\"" + TRAFFIC + "\".level", "DEBUG");
        }
    }

    static final String TRAFFIC = "io.quarkiverse.jsonrpc.server.traffic";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void anonymousCallersAreTurnedAway() {
        SecurityTest.http("anonymous").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}")
                .post(endpoint).then().statusCode(401).header("WWW-Authenticate", "basic");
        assertThatThrownBy(() -> WebSocketTestConnection.open(endpoint))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, AuthenticationRequiredTest::askedForBasic);
        // the test client over HTTP tells the same
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThatThrownBy(() -> client.call("subtract", 2, 1))
                    .isInstanceOfSatisfying(RequestRejectedException.class, AuthenticationRequiredTest::askedForBasic);
        }
    }

    /** Either transport's refusal, by what the two have in common. */
    private static void askedForBasic(HttpRejectedException refused) {
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("basic");
    }

    /** The OpenRPC document lists the methods: it is theirs to read who may call them. */
    @Test
    void theOpenRpcDocumentIsForAuthenticatedCallersToo() {
        URI document = endpoint.resolve("jsonrpc/openrpc.json");
        SecurityTest.http("anonymous").get(document).then().statusCode(401).header("WWW-Authenticate", "basic");
        SecurityTest.http("bob").get(document).then().statusCode(200)
                .body("methods.name", org.hamcrest.Matchers.hasItem("subtract"));
    }

    @Test
    void authenticatedCallersGetIn() {
        SecurityTest.http("bob").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}")
                .post(endpoint).then().statusCode(200).body(org.hamcrest.Matchers.containsString("\"result\":1"));
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, Users.headers("bob"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        }
    }

    /**
     * Traffic logging shows what JSON-RPC reads, and so answers: a request turned away before it, by the mechanism's
     * challenge, is not logged (Quarkus's HTTP access log shows it).
     */
    @Test
    void trafficLoggingShowsTheRequestsLetIn() {
        List<String> lines;
        try (LogWatch log = LogWatch.under(TRAFFIC)) {
            SecurityTest.http("anonymous").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}")
                    .post(endpoint).then().statusCode(401);
            SecurityTest.http("bob").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":2}")
                    .post(endpoint).then().statusCode(200);
            lines = log.records().stream().map(LogWatch::message).toList();
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\[http [^\\]]+\\] received: \\{.*\"id\":2\\}");
        assertThat(lines.get(1)).matches("\\[http [^\\]]+\\] sent 200: \\{\"jsonrpc\":\"2\\.0\",\"result\":1,\"id\":2\\}");
    }

    @Test
    void inStatusCodeModeRefusalsAre401And403() {
        SecurityTest.http("anonymous").body("{\"jsonrpc\":\"2.0\",\"method\":\"secret\",\"id\":1}")
                .post(endpoint).then().statusCode(401);
        SecurityTest.http("bob").body("{\"jsonrpc\":\"2.0\",\"method\":\"secret\",\"id\":1}")
                .post(endpoint).then().statusCode(403)
                .body(is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32003,\"message\":\"Forbidden\"},\"id\":1}"));
    }

    /** The upgrade request as {@code new WebSocket(url, ["json-rpc", encodeURIComponent(header)])} sends it. */
    @Test
    void aBrowserCarriesItsCredentialsInASubprotocol() {
        String header = "quarkus-http-upgrade#Authorization#" + Users.headers("alice").get("Authorization");
        String offered = "json-rpc, " + URLEncoder.encode(header, StandardCharsets.UTF_8).replace("+", "%20");
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint,
                Map.of("Sec-WebSocket-Protocol", offered))) {
            assertThat(client.handshakeHeader("Sec-WebSocket-Protocol")).isEqualTo("json-rpc");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"alice\",\"id\":1}");
        }
    }
}
