package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A {@code JsonRpcContext} parameter tells a method about its call: transport, id, headers, and data that lives as
 * long as the WebSocket connection. It is filled by the extension, never from params.
 */
@QuarkusTest
class ContextParamsTest extends TransportsTestBase {

    @Test
    void describeCallOverHttp() {
        String response = given().contentType("application/json").header("User-Agent", "context-test")
                .body("""
                        {"jsonrpc": "2.0", "method": "describeCall", "id": 7}""")
                .post("/jsonrpc")
                .then().statusCode(200).extract().asString();

        assertThat(Json.parse(response)).isEqualTo(Json.parse("""
                {"jsonrpc": "2.0", "result": {"transport": "HTTP", "requestId": 7, "userAgent": "context-test"}, "id": 7}
                """));
    }

    /** Over WebSocket, headers are those of the upgrade request. */
    @Test
    void describeCallOverWebSocket() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, Map.of("User-Agent", "context-test"))) {
            assertThat(Json.parse(client.call("""
                    {"jsonrpc": "2.0", "method": "describeCall", "id": "w"}"""))).isEqualTo(Json.parse("""
                    {"jsonrpc": "2.0", "result": {"transport": "WEBSOCKET", "requestId": "w", "userAgent": "context-test"},
                     "id": "w"}
                    """));
        }
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void transport(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "transport", "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": "%s", "id": 1}
                """.formatted(transport));
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void aContextParameterIsNotAParam(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "transport", "params": [], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": "%s", "id": 1}
                """.formatted(transport));
        wire.send("""
                {"jsonrpc": "2.0", "method": "transport", "params": ["HTTP"], "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: method 'transport' takes no params, 1 given"}, "id": 2}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "transport", "params": {"context": "HTTP"}, "id": 3}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: unknown parameter 'context' for method 'transport'"}, "id": 3}
                """);
    }

    @Test
    void userDataLivesAsLongAsTheConnection() {
        try (WebSocketTestConnection first = WebSocketTestConnection.open(endpoint);
                WebSocketTestConnection second = WebSocketTestConnection.open(endpoint)) {
            String count = """
                    {"jsonrpc": "2.0", "method": "count", "id": 1}""";
            assertThat(first.call(count)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            assertThat(first.call(count)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
            assertThat(second.call(count)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            assertThat(first.call(count)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        }
    }

    /** {@code count} is declared {@code @JsonRpc(transports = WEBSOCKET)}: over HTTP it does not exist. */
    @Test
    void aWebSocketOnlyMethodIsNotFoundOverHttp() {
        Answer answer = over(JsonRpcTransport.HTTP).send("""
                {"jsonrpc": "2.0", "method": "count", "id": 1}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": 1}
                """);
        assertThat(answer.errorData()).contains("'count'");
    }
}
