package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.RequestRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Message size limits come from Quarkus: an HTTP body over quarkus.http.limits.max-body-size gets 413, a WebSocket
 * message over quarkus.websockets-next.server.max-message-size closes the connection with 1009, whether it comes in
 * one frame or in several, and so does a frame over max-frame-size. The parser's limits can be tightened for JSON-RPC with
 * quarkus.jsonrpc-server.limits.*:
 * nesting depth, string length, number length, token count; a message beyond one is a parse error.
 */
public class MessageSizeLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.limits.max-body-size", "2K")
            .overrideConfigKey("quarkus.websockets-next.server.max-message-size", "2048")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-nesting-depth", "10")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-string-length", "100")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-number-length", "20")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-token-count", "1000");

    public static class Echo {
        @JsonRpc
        public Object echo(Object value) {
            return value;
        }
    }

    static final String BIG = echo("\"" + "x".repeat(4096) + "\"");
    /** RFC 6455's close code for a message too big to process (section 7.4.1). */
    static final CloseStatus TOO_BIG = new CloseStatus(1009, "Message too big: over 2048 bytes");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anHttpBodyOverTheLimitIs413() {
        assertThat(Http.post("/jsonrpc", BIG).statusCode()).isEqualTo(413);
    }

    @Test
    void aWebSocketMessageOverTheLimitClosesTheConnection() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send(BIG);
            assertThat(connection.awaitClose()).isEqualTo(TOO_BIG);
        }
    }

    /** The limit is the largest message answered: one of exactly 2048 bytes is, one of 2049 closes the connection. */
    @Test
    void aWebSocketMessageOfExactlyTheLimitIsAnsweredAndOneByteMoreIsNot() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            assertThat(connection.call(ofLength(2048))).isEqualTo(echoed(2048));
            connection.send(ofLength(2049));
            assertThat(connection.awaitClose()).isEqualTo(TOO_BIG);
        }
    }

    /**
     * Over HTTP, Vert.x's body handler, which Quarkus gives the route with quarkus.http.limits.max-body-size (2K), takes
     * a body of exactly 2048 bytes and answers one of 2049 with 413, an empty body and the connection closed.
     */
    @Test
    void anHttpBodyOfExactlyTheLimitIsAnsweredAndOneByteMoreIs413() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(ofLength(2048))).isEqualTo(echoed(2048));
            assertThatThrownBy(() -> http.exchange(ofLength(2049))).isInstanceOfSatisfying(
                    RequestRejectedException.class, rejected -> {
                        assertThat(rejected.statusCode()).isEqualTo(413);
                        assertThat(rejected.body()).isEmpty();
                        // the body announced its size: the server closes the connection rather than read it
                        assertThat(rejected.header("Connection")).isEqualTo("close");
                    });
        }
    }

    /**
     * One frame over quarkus.websockets-next.server.max-frame-size (64 KiB by default) is refused by the frame
     * decoder, before its payload is read: the connection is closed with 1009 and the decoder's message, not left
     * open without an answer.
     */
    @Test
    void aFrameOverTheFrameSizeClosesTheConnection() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send(echo("\"" + "x".repeat(70_000) + "\""));
            assertThat(connection.awaitClose())
                    .isEqualTo(new CloseStatus(1009, "Max frame length of 65536 has been exceeded."));
        }
    }

    /** Each frame under the limit, the message they make over it: the frames are counted together. */
    @Test
    void aWebSocketMessageInFramesOverTheLimitClosesTheConnection() {
        byte[] message = BIG.getBytes(StandardCharsets.UTF_8);
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.sendFragments(Arrays.copyOfRange(message, 0, 1500), Arrays.copyOfRange(message, 1500, 3000),
                    Arrays.copyOfRange(message, 3000, message.length));
            assertThat(connection.awaitClose()).isEqualTo(TOO_BIG);
        }
    }

    /**
     * A binary message is dropped unanswered (JSON-RPC travels in text messages), but one over the message size is over
     * it all the same: the connection is closed with 1009, as for a text message, not left reading what it drops.
     */
    @Test
    void aBinaryMessageOverTheLimitClosesTheConnection() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.sendBinary(BIG.getBytes(StandardCharsets.UTF_8));
            assertThat(connection.awaitClose()).isEqualTo(TOO_BIG);
        }
    }

    /** A binary message within the size is dropped, and the connection goes on. */
    @Test
    void aBinaryMessageUpToTheLimitIsDropped() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.sendBinary(echo("1").getBytes(StandardCharsets.UTF_8));
            assertThat(connection.call(echo("2"))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        }
    }

    @Test
    void aWebSocketMessageInFramesUpToTheLimitIsAnswered() {
        String value = "[" + "1,".repeat(899) + "1]";
        byte[] message = echo(value).getBytes(StandardCharsets.UTF_8);
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.sendFragments(Arrays.copyOfRange(message, 0, 1000), Arrays.copyOfRange(message, 1000,
                    message.length));
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":1}");
        }
    }

    @Test
    void nestingDeeperThanTheTightenedLimitIsAParseError() {
        // the object is one level and params another: the 9th bracket of the value is the 11th level
        assertParseError(echo("[".repeat(12) + "]".repeat(12)), "The message nests arrays and objects deeper than 10"
                + " levels, the limit of quarkus.jsonrpc-server.limits.max-nesting-depth (line 1, column 52)");
        assertEchoed("[[[1]]]");
    }

    @Test
    void aStringLongerThanTheTightenedLimitIsAParseError() {
        assertParseError(echo("\"" + "x".repeat(101) + "\""), "The message has a string longer than 100 characters,"
                + " the limit of quarkus.jsonrpc-server.limits.max-string-length (line 1, column 44)");
        assertEchoed("\"" + "x".repeat(100) + "\"");
    }

    @Test
    void aNumberLongerThanTheTightenedLimitIsAParseError() {
        assertParseError(echo("1".repeat(21)), "The message has a number longer than 20 digits, the limit of"
                + " quarkus.jsonrpc-server.limits.max-number-length (line 1, column 44)");
        assertEchoed("1".repeat(20));
    }

    /**
     * 1000 tokens take 1500 bytes of {@code [],[],…}, well within the size limits: the token count bounds the nodes
     * such a message makes. Answered over both transports with the property in the data; the connection goes on.
     */
    @Test
    void moreTokensThanTheLimitIsAParseErrorNamingIt() {
        // { "jsonrpc" "2.0" "method" "echo" "params" [, then the value's [ and 496 pairs []: 1000; its ] is the 1001st
        String message = echo("[" + "[],".repeat(495) + "[]]");
        String tooMany = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                + "\"The message has more than 1000 JSON tokens, the limit of"
                + " quarkus.jsonrpc-server.limits.max-token-count (line 1, column 1532)\"},\"id\":null}";
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(message)).isEqualTo(tooMany);
        }
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            assertThat(connection.call(message)).isEqualTo(tooMany);
            // a batch is one message: its members are not answered one by one
            String member = echo("[" + "[],".repeat(250) + "[]]");
            assertThat(connection.call("[" + member + "," + member + "]"))
                    .isEqualTo(tooMany.replace("column 1532", "column 1567"));
            assertThat(connection.call(echo("2"))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        }
        assertEchoed("[" + "[],".repeat(489) + "[]]");
    }

    private void assertParseError(String message, String data) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(message)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                    + "\"message\":\"Parse error\",\"data\":\"" + data + "\"},\"id\":null}");
        }
    }

    private void assertEchoed(String value) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange(echo(value))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":1}");
        }
    }

    /** A call of echo whose message is that many bytes long, its strings within the tightened string length. */
    private static String ofLength(int bytes) {
        String message = echo(valueOfLength(bytes - echo("").length()));
        assertThat(message.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return message;
    }

    private static String echoed(int bytes) {
        return "{\"jsonrpc\":\"2.0\",\"result\":" + valueOfLength(bytes - echo("").length()) + ",\"id\":1}";
    }

    /** An array of strings of at most 92 characters, that many bytes long. */
    private static String valueOfLength(int length) {
        StringBuilder value = new StringBuilder("[");
        while (length - value.length() >= 96) {
            value.append('"').append("x".repeat(90)).append("\",");
        }
        String last = "x".repeat(length - value.length() - 3);
        return value.append('"').append(last).append("\"]").toString();
    }

    private static String echo(String value) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + value + "],\"id\":1}";
    }
}
