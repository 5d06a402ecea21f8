package io.quarkiverse.jsonrpc.server.test.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Message size limits come from Quarkus: an HTTP body over quarkus.http.limits.max-body-size gets 413, a WebSocket
 * message over quarkus.websockets-next.server.max-message-size closes the connection. The parser's limits can be
 * tightened for JSON-RPC with quarkus.jsonrpc-server.limits.*: nesting depth, string length, number length; a message
 * beyond one is a parse error.
 */
public class MessageSizeLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.limits.max-body-size", "2K")
            .overrideConfigKey("quarkus.websockets-next.server.max-message-size", "2048")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-nesting-depth", "10")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-string-length", "100")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-number-length", "20");

    public static class Echo {
        @JsonRpc
        public Object echo(Object value) {
            return value;
        }
    }

    static final String BIG = echo("\"" + "x".repeat(4096) + "\"");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    /** The server may answer before the body is all sent, and close: REST Assured's client reads the answer then. */
    @Test
    void anHttpBodyOverTheLimitIs413() {
        given().contentType("application/json").body(BIG).post("/jsonrpc").then().statusCode(413);
    }

    @Test
    void aWebSocketMessageOverTheLimitClosesTheConnection() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send(BIG);
            // websockets-next treats it as an error of the endpoint's
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1011, "Cannot process text frame of size 4150,"
                    + " it would cause message buffer (size 0) to overflow max message size of 2048"));
        }
    }

    @Test
    void nestingDeeperThanTheTightenedLimitIsAParseError() {
        assertParseError(echo("[".repeat(12) + "]".repeat(12)));
        assertEchoed("[[[1]]]");
    }

    @Test
    void aStringLongerThanTheTightenedLimitIsAParseError() {
        assertParseError(echo("\"" + "x".repeat(101) + "\""));
        assertEchoed("\"" + "x".repeat(100) + "\"");
    }

    @Test
    void aNumberLongerThanTheTightenedLimitIsAParseError() {
        assertParseError(echo("1".repeat(21)));
        assertEchoed("1".repeat(20));
    }

    private void assertParseError(String message) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(message)).startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                    + "\"message\":\"Parse error\"");
        }
    }

    private void assertEchoed(String value) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(echo(value))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":1}");
        }
    }

    private static String echo(String value) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + value + "],\"id\":1}";
    }
}
