package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.jsonrpc-server.auth.required=true}, nobody anonymous gets in: the WebSocket upgrade is refused
 * and HTTP answers 401; unsecured methods included.
 */
@QuarkusTest
@TestProfile(AuthenticationRequiredTest.Required.class)
class AuthenticationRequiredTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.jsonrpc-server.auth.required", "true",
                    "quarkus.jsonrpc-server.http.error-status-codes", "true");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void anonymousCallersAreTurnedAway() {
        SecurityTest.http("anonymous").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}")
                .post(endpoint).then().statusCode(401);
        assertThatThrownBy(() -> WebSocketTestConnection.open(endpoint)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(401);
    }

    @Test
    void authenticatedCallersGetIn() {
        SecurityTest.http("bob").body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}")
                .post(endpoint).then().statusCode(200).body(org.hamcrest.Matchers.containsString("\"result\":1"));
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, SecurityTest.headers("bob"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        }
    }

    @Test
    void inStatusCodeModeRefusalsAre401And403() {
        SecurityTest.http("bob").body("{\"jsonrpc\":\"2.0\",\"method\":\"secret\",\"id\":1}")
                .post(endpoint).then().statusCode(403);
    }
}
