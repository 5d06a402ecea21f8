package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;

/**
 * The packaged application, in production mode. The {@code @QuarkusTest} suite runs the same build of the same code;
 * what differs here are production's defaults: an unexpected exception reaches the client as {@code Internal error}
 * only, and the OpenRPC document is served as in every mode. The jar is started as the other ITs start it, without
 * the Quarkus build that {@code @QuarkusIntegrationTest} runs first to start Dev Services, which this app has none of.
 */
class ProductionModeIT {

    static AppInstance app;
    static URI endpoint;

    @BeforeAll
    static void start() throws Exception {
        app = AppInstance.start("prod");
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

    private JsonRpcTestClient client(JsonRpcTransport transport) {
        return transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(endpoint) : JsonRpcTestClient.ws(endpoint);
    }
}
