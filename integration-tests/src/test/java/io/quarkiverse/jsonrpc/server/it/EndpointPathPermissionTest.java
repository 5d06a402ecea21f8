package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.RequestRejectedException;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An endpoint is a path, so Quarkus's path-based HTTP permissions guard it as a whole, as the transports guide says:
 * with {@code /ops} and {@code /ops/*} for authenticated callers only, an anonymous {@code POST} and an anonymous
 * WebSocket upgrade are both refused with 401 before the endpoint sees them, a user gets in, and the configured path
 * is left as it was.
 */
@QuarkusTest
@TestProfile(EndpointPathPermissionTest.OpsAuthenticated.class)
class EndpointPathPermissionTest {

    public static class OpsAuthenticated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.ops.paths", "/ops,/ops/*",
                    "quarkus.http.auth.permission.ops.policy", "authenticated");
        }
    }

    @TestHTTPResource("/ops")
    URI ops;

    @TestHTTPResource("/jsonrpc")
    URI jsonrpc;

    @Test
    void anAnonymousCallIsRefusedOverBothTransports() {
        try (JsonRpcTestClient http = Users.client(JsonRpcTransport.HTTP, ops, "anonymous")) {
            assertThatThrownBy(() -> http.call("ping")).isInstanceOfSatisfying(RequestRejectedException.class,
                    refused -> assertThat(refused.statusCode()).isEqualTo(401));
        }
        assertThatThrownBy(() -> Users.client(JsonRpcTransport.WEBSOCKET, ops, "anonymous").close())
                .isInstanceOfSatisfying(UpgradeRejectedException.class,
                        refused -> assertThat(refused.statusCode()).isEqualTo(401));
    }

    @Test
    void aUserGetsInOverBothTransports() {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient alice = Users.client(transport, ops, "alice")) {
                assertThat(alice.call(String.class, "ping")).as("over %s", transport).isEqualTo("ops pong");
            }
        }
    }

    @Test
    void theConfiguredPathIsLeftAsItWas() {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient anonymous = Users.client(transport, jsonrpc, "anonymous")) {
                assertThat(anonymous.call(int.class, "subtract", 42, 23)).as("over %s", transport).isEqualTo(19);
            }
        }
    }
}
