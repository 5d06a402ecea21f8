package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One WebSocket connection carries many calls: they run concurrently, each is answered when it is done, and no
 * message, however wrong, closes the connection; a frame that breaks the WebSocket protocol does. Slow calls are
 * {@link Holds held} until the test releases them: the order of the answers proves what ran concurrently.
 */
@QuarkusTest
class WebSocketConnectionTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aSlowCallDoesNotHoldBackAFastOne() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.send("""
                    {"jsonrpc": "2.0", "method": "hold", "params": ["slow-async"], "id": "slow"}""");
            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "fast"}""")).isEqualTo("""
                    {"jsonrpc":"2.0","result":19,"id":"fast"}""");

            client.send("""
                    {"jsonrpc": "2.0", "method": "release", "params": ["slow-async"], "id": "release"}""");
            assertThat(Set.of(client.next(), client.next())).containsExactlyInAnyOrder("""
                    {"jsonrpc":"2.0","result":true,"id":"release"}""", """
                    {"jsonrpc":"2.0","result":"slow-async","id":"slow"}""");
        }
    }

    @Test
    void aBlockingCallDoesNotHoldBackAFastOne() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.send("""
                    {"jsonrpc": "2.0", "method": "blockingHold", "params": ["slow-blocking"], "id": "slow"}""");
            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "sleep", "params": [0], "id": "fast"}""")).isEqualTo("""
                    {"jsonrpc":"2.0","result":0,"id":"fast"}""");

            client.send("""
                    {"jsonrpc": "2.0", "method": "release", "params": ["slow-blocking"], "id": "release"}""");
            assertThat(Set.of(client.next(), client.next())).containsExactlyInAnyOrder("""
                    {"jsonrpc":"2.0","result":true,"id":"release"}""", """
                    {"jsonrpc":"2.0","result":"slow-blocking","id":"slow"}""");
        }
    }

    /**
     * Blocking calls run side by side beyond the few worker tasks that start at once (half the cores): more calls than
     * that block their threads, and the call that releases them, a worker method too, still gets a thread of its own.
     */
    @Test
    void blockingCallsBeyondTheNumberOfCoresRunSideBySide() {
        int held = Math.min(60, 2 * Runtime.getRuntime().availableProcessors() + 2);
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            for (int i = 0; i < held; i++) {
                client.send("{\"jsonrpc\": \"2.0\", \"method\": \"blockingHold\", \"params\": [\"side-by-side\"],"
                        + " \"id\": " + i + "}");
            }
            client.send("""
                    {"jsonrpc": "2.0", "method": "release", "params": ["side-by-side"], "id": "release"}""");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i <= held; i++) {
                var answer = Json.parse(client.next());
                assertThat(answer.has("result")).as("%s", answer).isTrue();
                ids.add(answer.get("id").asText());
            }
            assertThat(ids).hasSize(held + 1).contains("release", "0", Integer.toString(held - 1));
        }
    }

    /**
     * Waiting calls hold no thread: as many as a connection may run at once (63, and the call that releases them)
     * wait together, and the event loop that runs them is free to take the release.
     */
    @Test
    void manyWaitingCallsAtOnce() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            for (int i = 0; i < 63; i++) {
                client.send("{\"jsonrpc\": \"2.0\", \"method\": \"hold\", \"params\": [\"many\"], \"id\": " + i + "}");
            }
            client.send("{\"jsonrpc\": \"2.0\", \"method\": \"release\", \"params\": [\"many\"], \"id\": \"release\"}");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 64; i++) {
                var answer = Json.parse(client.next());
                assertThat(answer.has("result")).as("%s", answer).isTrue();
                ids.add(answer.get("id").asText());
            }
            assertThat(ids).hasSize(64).contains("release", "0", "62");
        }
    }

    @Test
    void theConnectionSurvivesErrors() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
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
            assertThat(client.isOpen()).isTrue();
        }
    }

    /**
     * JSON-RPC travels in text frames. websockets-next hands a binary frame to an {@code @OnBinaryMessage} method
     * only, and the endpoint has none: the frame is dropped unanswered and the connection stays usable.
     */
    @Test
    void aBinaryFrameIsIgnored() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.sendBinary("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "binary"}"""
                    .getBytes(StandardCharsets.UTF_8));
            client.sendBinary(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });
            client.assertNothingReceived();

            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "text"}"""))
                    .isEqualTo("""
                            {"jsonrpc":"2.0","result":19,"id":"text"}""");
        }
    }

    /** RFC 6455 (section 8.1): an endpoint that receives a text frame that is not UTF-8 fails the connection. */
    @Test
    void aTextFrameThatIsNotUtf8FailsTheConnectionWith1007() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.sendFragments("{\"jsonrpc\": \"2.0\", \"method\": \"echo\", \"params\": [\"\u00e9\"], \"id\": 1}"
                    .getBytes(StandardCharsets.ISO_8859_1));

            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1007, "bytes are not UTF-8"));
        }
    }

    /** The same, when the bytes that are not UTF-8 come in the continuation of a fragmented message. */
    @Test
    void aFragmentThatIsNotUtf8FailsTheConnectionWith1007() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.sendFragments("{\"jsonrpc\": \"2.0\", \"method\": \"echo\", \"params\": [\"".getBytes(
                    StandardCharsets.UTF_8),
                    new byte[] { (byte) 0xc3, (byte) 0x28, '"', ']', ',', ' ', '"', 'i', 'd',
                            '"', ':', '1', '}' });

            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1007, "bytes are not UTF-8"));
        }
    }

    /** A message may span several frames, split anywhere, even inside a character. */
    @Test
    void aMessageInFragments() {
        byte[] message = """
                {"jsonrpc": "2.0", "method": "echo", "params": ["é🔑"], "id": 1}"""
                .getBytes(StandardCharsets.UTF_8);
        int insideTheKey = indexOf(message, (byte) 0xf0) + 2;
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            client.sendFragments(Arrays.copyOfRange(message, 0, insideTheKey),
                    Arrays.copyOfRange(message, insideTheKey, message.length));

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
}
