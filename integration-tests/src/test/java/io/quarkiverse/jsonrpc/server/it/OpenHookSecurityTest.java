package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An endpoint whose {@code @OnJsonRpcOpen} method is {@code @RolesAllowed("admin")} ({@link MembersOnly}) and whose
 * methods carry no annotation: a WebSocket client that the hook refuses is closed once connected, an HTTP caller is
 * refused before any method runs (401 with the challenge when anonymous, 403 without the role), and an admin calls it
 * over both. So for a hook the endpoint inherits ({@link StaffRoom}).
 */
@QuarkusTest
class OpenHookSecurityTest {

    private static final String HELLO = "{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}";

    @TestHTTPResource("/members")
    URI members;

    @Test
    void overHttpTheHookGuardsEveryRequest() {
        SecurityTest.http("anonymous").body(HELLO).post(members).then().statusCode(401)
                .header("WWW-Authenticate", "basic");
        SecurityTest.http("bob").body(HELLO).post(members).then().statusCode(403);
        SecurityTest.http("alice").body(HELLO).post(members).then().statusCode(200)
                .body(equalTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello alice\",\"id\":1}"));
    }

    @TestHTTPResource("/staff")
    URI staff;

    @Test
    void overHttpAnInheritedHookGuardsEveryRequest() {
        String roster = "{\"jsonrpc\":\"2.0\",\"method\":\"roster\",\"id\":1}";
        SecurityTest.http("anonymous").body(roster).post(staff).then().statusCode(401)
                .header("WWW-Authenticate", "basic");
        SecurityTest.http("bob").body(roster).post(staff).then().statusCode(403);
        SecurityTest.http("alice").body(roster).post(staff).then().statusCode(200)
                .body(equalTo("{\"jsonrpc\":\"2.0\",\"result\":\"Roster for alice\",\"id\":1}"));
    }

    @Test
    void overAWebSocketTheHookClosesTheConnectionOfAnyoneElse() {
        for (String user : new String[] { "anonymous", "bob" }) {
            try (WebSocketTestConnection client = WebSocketTestConnection.open(members, Users.headers(user))) {
                assertThat(client.awaitClose().code()).isEqualTo(1008);
            }
        }
        try (JsonRpcTestClient alice = Users.client(JsonRpcTransport.WEBSOCKET, members, "alice")) {
            assertThat(alice.call(String.class, "hello")).isEqualTo("Hello alice");
        }
    }
}
