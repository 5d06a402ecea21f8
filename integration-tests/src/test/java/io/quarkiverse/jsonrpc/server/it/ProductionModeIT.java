package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;

/**
 * The packaged application, in production mode. The {@code @QuarkusTest} suite runs the same build of the same code;
 * what differs here are production's defaults: an unexpected exception reaches the client as {@code Internal error}
 * only, and the OpenRPC document is served as in every mode. Logins expire here, which the suite cannot wait for. The jar is
 * started as the other ITs start it, without
 * the Quarkus build that {@code @QuarkusIntegrationTest} runs first to start Dev Services, which this app has none of.
 */
class ProductionModeIT {

    static AppInstance app;
    static URI endpoint;

    @BeforeAll
    static void start() throws Exception {
        // logins last two seconds, as a short-lived token's would: see aLoginsConnectionIsClosedWhenTheLoginExpires
        app = AppInstance.start("prod", "example.logins-last=2s");
        endpoint = app.http();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void methodsAreServed(JsonRpcTransport transport) {
        try (JsonRpcTestClient client = client(transport)) {
            assertThat(client.call(int.class, "subtract", 42, 23)).isEqualTo(19);
            assertThat(client.callNamed(int.class, "subtract", Map.of("minuend", 42, "subtrahend", 23))).isEqualTo(19);
            assertThat(client.callForError("math.divide", 1, 0).code()).isEqualTo(1001);
            assertThat(client.call(String.class, "ping")).isEqualTo("pong");
        }
    }

    /** The endpoint the build generates for a {@code @JsonRpcEndpoint} class serves it in the packaged jar. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void anEndpointOfItsOwnIsServed(JsonRpcTransport transport) {
        try (JsonRpcTestClient alice = Users.client(transport, endpoint.resolve("/ops"), "alice")) {
            assertThat(alice.call(String.class, "ping")).isEqualTo("ops pong");
        }
    }

    /** A mapped exception is the application's error in production too, never an internal one. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void aMappedExceptionIsTheApplicationsError(JsonRpcTransport transport) {
        try (JsonRpcTestClient client = client(transport)) {
            JsonRpcErrorException notFound = client.callForError("lookup", "question");
            assertThat(notFound.code()).isEqualTo(404);
            assertThat(notFound.message()).isEqualTo("Not found: question");
            assertThat(notFound.data()).isNull();
        }
    }

    /** errors.include-details is off in production: the client learns nothing of an unexpected exception. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void anUnexpectedExceptionIsAnInternalErrorWithoutDetails(JsonRpcTransport transport) {
        try (JsonRpcTestClient client = client(transport)) {
            JsonRpcErrorException error = client.callForError("fail");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).isEqualTo("Internal error");
            assertThat(error.data()).isNull();
        }
    }

    /** Nor of a result that breaks its Bean Validation constraints, which test mode reports in full. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void anInvalidResultIsAnInternalErrorWithoutDetails(JsonRpcTransport transport) {
        try (JsonRpcTestClient client = client(transport)) {
            JsonRpcErrorException error = client.callForError("shout", "wonderful");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).isEqualTo("Internal error");
            assertThat(error.data()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void theOpenRpcDocumentIsDiscoverable(JsonRpcTransport transport) {
        try (JsonRpcTestClient client = client(transport)) {
            JsonNode document = client.call("rpc.discover");
            assertThat(document.get("openrpc").asText()).startsWith("1.");
            assertThat(document.get("methods")).isNotEmpty();
        }
    }

    @Test
    void theOpenRpcDocumentIsServedAtItsPath() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(endpoint + "/openrpc.json")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.parse(response.body()).get("openrpc").asText()).startsWith("1.");
    }

    /**
     * A connection lasts as long as its login: websockets-next closes it when the caller's identity expires, which the
     * example app's {@link LoginExpiry} sets here two seconds after each login. An anonymous caller's connection, of
     * which the extension keeps no upgrade request, has nothing to expire, and stays.
     */
    @Test
    void aLoginsConnectionIsClosedWhenTheLoginExpires() {
        String subtract = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}";
        String answer = "{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}";
        Map<String, String> alice = Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)));
        try (WebSocketTestConnection anonymous = WebSocketTestConnection.open(app.webSocket());
                WebSocketTestConnection loggedIn = WebSocketTestConnection.open(app.webSocket(), alice)) {
            assertThat(loggedIn.call(subtract)).isEqualTo(answer);

            assertThat(loggedIn.awaitClose()).isEqualTo(new CloseStatus(1008, "Authentication expired"));
            // after the other's close: the anonymous connection is still served
            assertThat(anonymous.call(subtract)).isEqualTo(answer);
        }
    }

    private JsonRpcTestClient client(JsonRpcTransport transport) {
        return transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(endpoint) : JsonRpcTestClient.ws(endpoint);
    }
}
