package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import io.restassured.specification.RequestSpecification;

/**
 * Quarkus security annotations on {@code @JsonRpc} methods hold over both transports, for every call: anonymous
 * callers get -32001 Unauthorized, callers without the role -32003 Forbidden, and the error says nothing more. A method
 * without any reads its caller from an injected {@code SecurityIdentity}. Users
 * come from the embedded properties realm: alice (admin) and bob (user), over HTTP Basic; over WebSocket the
 * credentials ride on the upgrade request.
 */
@QuarkusTest
class SecurityTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Inject
    OpenConnections connections;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "whoami,        anonymous, -32001",
            "whoami,        bob,       \"bob\"",
            "whoami,        alice,     \"alice\"",
            "secret,        anonymous, -32001",
            "secret,        bob,       -32003",
            "secret,        alice,     \"42\"",
            // no annotation, an injected SecurityIdentity: a request context for the call all the same
            "greet,         anonymous, '\"Hello, stranger\"'",
            "greet,         bob,       '\"Hello, bob\"'",
            "lobby,         anonymous, \"welcome\"",
            "lobby,         bob,       \"welcome\"",
            "vault,         anonymous, -32001",
            "vault,         bob,       -32003",
            "vault,         alice,     -32003",
            "report,        anonymous, -32001",
            "report,        bob,       -32003",
            "report,        alice,     \"quarterly\"",
            "admin.restart, anonymous, -32001",
            "admin.restart, bob,       -32003",
            "admin.restart, alice,     \"restarting\"",
    })
    void sameRulesOverBothTransports(String method, String user, String expected) {
        for (JsonNode response : overBothTransports(user, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}")) {
            if (expected.startsWith("-")) {
                int code = Integer.parseInt(expected);
                // nothing more than the code and its message: not the roles, not who the caller is taken for
                assertThat(response.get("error")).isEqualTo(Json.parse("{\"code\":" + code + ",\"message\":\""
                        + (code == -32001 ? "Unauthorized" : "Forbidden") + "\"}"));
            } else {
                assertThat(response.get("result")).as(response.toString()).isEqualTo(Json.parse(expected));
            }
        }
    }

    /**
     * Params that cannot be bound, for a method the caller may not call: the caller is told it may not, as with
     * params that bind, and nothing of what the method takes; a caller who may call it is told what is wrong.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "secret, anonymous, -32001",
            "secret, bob,       -32003",
            "secret, alice,     -32602",
            "vault,  alice,     -32003",
            "whoami, anonymous, -32001",
            "whoami, bob,       -32602",
            "report, bob,       -32003",
    })
    void aRefusedCallerIsNotToldWhatTheMethodTakes(String method, String user, int code) {
        for (JsonNode response : overBothTransports(user,
                "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":{\"bogus\":1},\"id\":1}")) {
            assertThat(response.get("error")).isEqualTo(Json.parse("{\"code\":" + code + ",\"message\":\""
                    + switch (code) {
                        case -32001 -> "Unauthorized";
                        case -32003 -> "Forbidden";
                        default -> "Invalid params: unknown parameter 'bogus' for method '" + method + "'";
                    } + "\"}"));
        }
    }

    /**
     * Params the server cannot read (a constructor failing as a bug would), for a method the caller may not call: the
     * caller is told it may not, not of the server's bug; a caller who may call it gets the internal error (with its
     * details, as in tests).
     */
    @ParameterizedTest(name = "as {0}")
    @CsvSource({ "anonymous, -32001, Unauthorized", "bob, -32003, Forbidden",
            "alice, -32603, A constructor failed reading parameter 'request'" })
    void aRefusedCallerIsNotToldOfParamsTheServerCannotRead(String user, int code, String message) {
        for (JsonNode response : overBothTransports(user,
                "{\"jsonrpc\":\"2.0\",\"method\":\"audit\",\"params\":[{\"account\":\"frozen\"}],\"id\":1}")) {
            assertThat(response.at("/error/code").asInt()).as(response.toString()).isEqualTo(code);
            assertThat(response.at("/error/message").asText()).startsWith(message);
        }
    }

    /**
     * A refusal a mapper of the method's class answers is answered so whether the params bind or not: the mapper
     * tells the caller refused before its params are read what it tells the one refused as the method is called.
     */
    @Test
    void aMappedRefusalIsTheSameWhetherTheParamsBindOrNot() {
        String refused = "{\"code\":4403,\"message\":\"Only an admin may drain the server\"}";
        assertThat(drain("bob", "[30]")).containsOnly(Json.parse(refused));
        assertThat(drain("bob", "{\"x\":1}")).containsOnly(Json.parse(refused));
        assertThat(drain("alice", "{\"x\":1}")).containsOnly(Json.parse("{\"code\":-32602,\"message\":"
                + "\"Invalid params: unknown parameter 'x' for method 'maintenance.drain'\"}"));
    }

    /** The errors of a call of {@code maintenance.drain} over both transports. */
    private JsonNode[] drain(String user, String params) {
        JsonNode[] responses = overBothTransports(user,
                "{\"jsonrpc\":\"2.0\",\"method\":\"maintenance.drain\",\"params\":" + params + ",\"id\":1}");
        for (int i = 0; i < responses.length; i++) {
            responses[i] = responses[i].get("error");
        }
        return responses;
    }

    /** The response to a request from the user, sent over HTTP, then over a WebSocket connection. */
    private JsonNode[] overBothTransports(String user, String request) {
        JsonNode overHttp = Json.parse(http(user).body(request).post(endpoint).then().statusCode(200)
                .extract().asString());
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, Users.headers(user))) {
            return new JsonNode[] { overHttp, Json.parse(client.call(request)) };
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "getClass", "hashCode", "toString", "wait", "notify", "equals", "internalPassword",
            "SecuredMethods#secret", "io.quarkiverse.jsonrpc.server.it.SecuredMethods.secret" })
    void onlyJsonRpcMethodsAreCallable(String method) {
        JsonNode response = Json.parse(http("alice")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[],\"id\":1}")
                .post(endpoint).then().statusCode(200).extract().asString());
        assertThat(response.get("error").get("code").asInt()).isEqualTo(-32601);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://evil.example", "https://localhost:1" })
    void aCrossOriginUpgradeIsRefused(String origin) {
        assertThatThrownBy(() -> WebSocketTestConnection.open(endpoint, Map.of("Origin", origin)))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void theEndpointsOwnOriginAndClientsWithoutOriginMayConnect(boolean withOrigin) {
        Map<String, String> headers = withOrigin
                ? Map.of("Origin", "http://" + endpoint.getHost() + ":" + endpoint.getPort())
                : Map.of();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, headers)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"lobby\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"welcome\",\"id\":1}");
        }
    }

    /**
     * websockets-next would keep every connection's upgrade request (about 2.4 KB) to renew or expire its caller's
     * identity; an anonymous caller's has nothing to renew or expire, so its connection keeps no request. An
     * authenticated caller's connection keeps it: its identity can expire. Looked at in websockets-next's own
     * connection, because nothing on the wire shows it.
     */
    @ParameterizedTest
    @CsvSource({ "anonymous, false", "bob, true" })
    void onlyAnAuthenticatedCallersConnectionKeepsItsUpgradeRequest(String user, boolean kept) throws Exception {
        String probe = "probe=" + user;
        try (WebSocketTestConnection client = WebSocketTestConnection.open(URI.create(endpoint + "?" + probe),
                Users.headers(user))) {
            // answered: the connection is open on the server
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"lobby\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"welcome\",\"id\":1}");
            WebSocketConnection connection = connections.stream()
                    .filter(open -> probe.equals(open.handshakeRequest().query()))
                    .findFirst().orElseThrow();
            assertThat(upgradeRequestKeptBy(connection)).isEqualTo(kept);
        }
    }

    private static boolean upgradeRequestKeptBy(WebSocketConnection connection) throws ReflectiveOperationException {
        Method securitySupport = connection.getClass().getDeclaredMethod("securitySupport");
        securitySupport.setAccessible(true);
        Object support = securitySupport.invoke(connection);
        Field routingContext = support.getClass().getDeclaredField("routingContext");
        routingContext.setAccessible(true);
        return routingContext.get(support) != null;
    }

    /** A Multi method is checked when its stream is subscribed to: a refusal is the subscription's error. */
    @Test
    void aSubscriptionIsRefusedAsItsError() {
        String subscribe = "{\"jsonrpc\":\"2.0\",\"method\":\"auditLog\",\"id\":1}";
        try (WebSocketTestConnection bob = WebSocketTestConnection.open(endpoint, Users.headers("bob"))) {
            assertThat(bob.call(subscribe)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(bob.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":"
                    + "{\"subscription\":\"1\",\"error\":{\"code\":-32003,\"message\":\"Forbidden\"}}}");
        }
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(endpoint, Users.headers("alice"))) {
            assertThat(alice.call(subscribe)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(Json.parse(alice.next()).at("/params/result").asText()).isEqualTo("login alice");
        }
    }

    static RequestSpecification http(String user) {
        RequestSpecification spec = given().contentType("application/json");
        return "anonymous".equals(user) ? spec : spec.auth().preemptive().basic(user, user);
    }
}
