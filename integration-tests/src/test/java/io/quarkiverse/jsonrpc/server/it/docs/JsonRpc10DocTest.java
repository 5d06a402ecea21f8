package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.docs.DocExamples.Example;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The JSON-RPC 1.0 guide, claim by claim: its requests get, over both transports, the responses it shows, and what it
 * says in prose of other messages holds.
 */
@QuarkusTest
class JsonRpc10DocTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    private final List<Example> examples = DocExamples.of(Path.of("../docs/modules/ROOT/pages/guides-json-rpc-1.adoc"))
            .stream().filter(e -> e.language().equals("json")).toList();

    @Test
    void theRequestsShownGetTheResponsesShown() {
        assertThat(examples).hasSize(6);
        String withoutVersion = examples.get(0).text();
        String withVersion1 = examples.get(1).text();
        String answer = examples.get(2).text();
        String notFound = examples.get(3).text();
        String batch = examples.get(4).text();
        String batchAnswer = DocExamples.normalized(examples.get(5).text()).replace("}, {", "},{");

        exchangesOverBoth(withoutVersion, answer);
        exchangesOverBoth(withVersion1, "{\"result\":19,\"error\":null,\"id\":\"curltest\"}");
        exchangesOverBoth("{\"method\": \"nope\", \"params\": [], \"id\": 26}", notFound);
        exchangesOverBoth(batch, batchAnswer);
    }

    @Test
    void anyOtherVersionIsAnInvalidRequestAnsweredIn2() {
        for (String version : List.of("\"1.1\"", "\"2\"", "2.0")) {
            exchangesOverBoth("{\"jsonrpc\": " + version + ", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}",
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
                            + "\"data\":\"'jsonrpc' must be \\\"2.0\\\" (or \\\"1.0\\\", or absent,"
                            + " for JSON-RPC 1.0)\"},\"id\":1}");
        }
    }

    @Test
    void nullParamsAreNoParamsIn1AndInvalidIn2() {
        exchangesOverBoth("{\"method\": \"get_data\", \"params\": null, \"id\": 2}",
                "{\"result\":[\"hello\",5],\"error\":null,\"id\":2}");
        exchangesOverBoth("{\"jsonrpc\": \"2.0\", \"method\": \"get_data\", \"params\": null, \"id\": 2}",
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\",\"data\":"
                        + "\"'params' must be an array or an object, not null\"},\"id\":2}");
    }

    @Test
    void aNullIdIsANotificationIn1AndARequestIn2() {
        // the 2.0 request after the 1.0 notification is answered, and is the only answer
        exchangesOverBoth("[{\"method\": \"get_data\", \"id\": null},"
                + " {\"jsonrpc\": \"2.0\", \"method\": \"get_data\", \"id\": null}]",
                "[{\"jsonrpc\":\"2.0\",\"result\":[\"hello\",5],\"id\":null}]");
    }

    @Test
    void whatTellsTheVersionsApartWithoutJsonrpcIsAMethodMember() {
        exchangesOverBoth("{\"foo\": \"boo\"}", "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":"
                + "\"Invalid Request\",\"data\":\"'method' must be a string\"},\"id\":null}");
        exchangesOverBoth("{\"method\": 5, \"id\": 35}", "{\"result\":null,\"error\":{\"code\":-32600,\"message\":"
                + "\"Invalid Request\",\"data\":\"'method' must be a string\"},\"id\":35}");
        exchangesOverBoth("{\"params\": [1], \"id\": 5}", "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":"
                + "\"Invalid Request\",\"data\":\"'method' must be a string\"},\"id\":5}");
    }

    @Test
    void namedParamsWorkIn1() {
        exchangesOverBoth("{\"method\": \"subtract\", \"params\": {\"subtrahend\": 23, \"minuend\": 42}, \"id\": 4}",
                "{\"result\":19,\"error\":null,\"id\":4}");
    }

    @Test
    void theItemsOfASubscriptionA1RequestOpenedAre2() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
            assertThat(connection.call("{\"method\": \"ticks\", \"params\": [1], \"id\": 1}"))
                    .isEqualTo("{\"result\":\"1\",\"error\":null,\"id\":1}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"result\":0}}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"complete\":true}}");
        }
    }

    private void exchangesOverBoth(String request, String response) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint);
                JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(http.exchange(request)).as("over HTTP: %s", request).isEqualTo(response);
            assertThat(ws.exchange(request)).as("over WebSocket: %s", request).isEqualTo(response);
        }
    }
}
