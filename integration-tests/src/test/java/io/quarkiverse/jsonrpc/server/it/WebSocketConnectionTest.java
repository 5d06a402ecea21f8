package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * One WebSocket connection carries many calls: they run concurrently, each is answered when it is done, and no
 * message, however wrong, closes the connection.
 */
@QuarkusTest
class WebSocketConnectionTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Inject
    Vertx vertx;

    @Test
    void aSlowCallDoesNotHoldBackAFastOne() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            long start = System.nanoTime();
            client.send("""
                    {"jsonrpc": "2.0", "method": "sleep", "params": [1000], "id": "slow"}""");
            client.send("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "fast"}""");

            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","result":19,"id":"fast"}""");
            assertThat(since(start)).isLessThan(Duration.ofMillis(800));
            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","result":1000,"id":"slow"}""");
            assertThat(since(start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        }
    }

    @Test
    void aBlockingCallDoesNotHoldBackAFastOne() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            long start = System.nanoTime();
            client.send("""
                    {"jsonrpc": "2.0", "method": "blockingSleep", "params": [1000], "id": "slow"}""");
            client.send("""
                    {"jsonrpc": "2.0", "method": "sleep", "params": [0], "id": "fast"}""");

            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","result":0,"id":"fast"}""");
            assertThat(since(start)).isLessThan(Duration.ofMillis(800));
            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","result":1000,"id":"slow"}""");
        }
    }

    /** Waiting calls hold no thread: 500 of them on one connection all end after about a second. */
    @Test
    void manyWaitingCallsAtOnce() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            long start = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                client.send("{\"jsonrpc\": \"2.0\", \"method\": \"sleep\", \"params\": [1000], \"id\": " + i + "}");
            }
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                ids.add(Json.parse(client.next()).get("id").asInt());
            }
            assertThat(ids).hasSize(500);
            assertThat(since(start)).isLessThan(Duration.ofMillis(3000));
        }
    }

    @Test
    void theConnectionSurvivesErrors() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\""), -32700);
            assertError(client.call(""), -32700);
            assertError(client.call("[]"), -32600);
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\": 1, \"id\": 1}"), -32600);
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\": \"foobar\", \"id\": 1}"), -32601);
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [], \"id\": 1}"),
                    -32602);
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\": \"fail\", \"id\": 1}"), -32603);
            assertError(client.call("{\"jsonrpc\": \"2.0\", \"method\": \"math.divide\", \"params\": [1, 0],"
                    + " \"id\": 1}"), 1001);
            assertError(client.call("[" + "{},".repeat(100) + "{}]"), -32600);

            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}"""))
                    .isEqualTo("""
                            {"jsonrpc":"2.0","result":19,"id":1}""");
            assertThat(client.isClosed()).isFalse();
        }
    }

    /**
     * JSON-RPC travels in text frames. websockets-next hands a binary frame to an {@code @OnBinaryMessage} method
     * only, and the endpoint has none: the frame is dropped unanswered and the connection stays usable.
     */
    @Test
    void aBinaryFrameIsIgnored() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            client.sendBinary("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "binary"}"""
                    .getBytes(StandardCharsets.UTF_8));
            client.sendBinary(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });

            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "text"}"""))
                    .isEqualTo("""
                            {"jsonrpc":"2.0","result":19,"id":"text"}""");
            assertThat(client.poll(Duration.ofMillis(200))).isNull();
            assertThat(client.isClosed()).isFalse();
        }
    }

    /**
     * RFC 6455 (section 8.1) has an endpoint fail the connection on a text frame that is not UTF-8. Vert.x decodes it
     * leniently instead, each malformed sequence becoming U+FFFD, before websockets-next hands the text to the
     * endpoint: JSON-RPC never sees the bytes, and the call is answered. Over HTTP, the same bytes get a -32700.
     */
    @Test
    void aTextFrameThatIsNotUtf8IsReadWithReplacementCharacters() {
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            client.sendTextFrame("{\"jsonrpc\": \"2.0\", \"method\": \"echo\", \"params\": [\"\u00e9\"], \"id\": 1}"
                    .getBytes(StandardCharsets.ISO_8859_1));

            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"\ufffd\",\"id\":1}");
            assertThat(client.isClosed()).isFalse();
        }
    }

    /** A message may span several frames, split anywhere, even inside a character. */
    @Test
    void aMessageInFragments() {
        byte[] message = """
                {"jsonrpc": "2.0", "method": "echo", "params": ["é🔑"], "id": 1}"""
                .getBytes(StandardCharsets.UTF_8);
        int insideTheKey = indexOf(message, (byte) 0xf0) + 2;
        try (WsClient client = WsClient.connect(vertx, endpoint)) {
            client.sendFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT,
                    Arrays.copyOfRange(message, 0, insideTheKey), false));
            client.sendFrame(WebSocketFrame.continuationFrame(
                    Buffer.buffer(Arrays.copyOfRange(message, insideTheKey, message.length)), true));

            assertThat(Json.parse(client.next())).isEqualTo(Json.parse("""
                    {"jsonrpc":"2.0","result":"é🔑","id":1}"""));
        }
    }

    private static void assertError(String response, int code) {
        assertThat(Json.parse(response).path("error").path("code").asInt()).as(response).isEqualTo(code);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
