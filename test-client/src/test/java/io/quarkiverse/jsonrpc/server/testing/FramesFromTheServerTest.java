package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

/** Frames as a server may write them, written one by one by a {@link ScriptedServer}. */
class FramesFromTheServerTest {

    private static final int TEXT = 0x1, BINARY = 0x2, CONTINUATION = 0x0, CLOSE = 0x8, PING = 0x9;

    /** A message in a text frame and its continuations, a ping between them: one message, read whole. */
    @Test
    void aMessageInSeveralFramesWithAPingBetween() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(TEXT, false, false, "{\"jsonrpc\":".getBytes(StandardCharsets.UTF_8));
            peer.frame(PING, true, false, "p".getBytes(StandardCharsets.UTF_8));
            peer.frame(CONTINUATION, false, false, "\"2.0\",\"method\":".getBytes(StandardCharsets.UTF_8));
            peer.frame(CONTINUATION, true, false, "\"tick\"}".getBytes(StandardCharsets.UTF_8));
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"tock\"}");
            ScriptedServer.Frame pong = peer.read();
            assertThat(pong.opcode()).isEqualTo(0xA);
            assertThat(pong.text()).isEqualTo("p");
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            ReceivedMessage message = connection.nextMessage();
            assertThat(message.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"tick\"}");
            assertThat(message.frameSizes()).containsExactly(11, 15, 7);
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"tock\"}");
            server.awaitScript();
            connection.abort();
        }
    }

    /** Compressed with context takeover, in fragments: each message refers back to the one before it. */
    @Test
    void compressedMessagesInFragmentsAcrossContextTakeover() throws Exception {
        String text = "{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":[\"" + "json-rpc ".repeat(3000) + "\"]}";
        try (ScriptedServer server = new ScriptedServer("permessage-deflate", peer -> {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            for (int i = 0; i < 2; i++) {
                byte[] compressed = MessageInflaterTest.deflate(deflater, text.getBytes(StandardCharsets.UTF_8));
                int half = compressed.length / 2;
                peer.frame(TEXT, false, true, Arrays.copyOfRange(compressed, 0, half));
                peer.frame(CONTINUATION, true, false, Arrays.copyOfRange(compressed, half, compressed.length));
            }
        });
                WebSocketTestConnection connection = JsonRpcTestClient.builder()
                        .header("Sec-WebSocket-Extensions", "permessage-deflate").connection(server.uri())) {
            ReceivedMessage first = connection.nextMessage();
            ReceivedMessage second = connection.nextMessage();
            assertThat(first.compressed()).isTrue();
            assertThat(first.text()).isEqualTo(text);
            assertThat(second.text()).isEqualTo(text);
            // the second only refers back to the first
            assertThat(second.frameSizes().stream().mapToInt(Integer::intValue).sum())
                    .isLessThan(first.frameSizes().stream().mapToInt(Integer::intValue).sum());
            server.awaitScript();
            connection.abort();
        }
    }

    /**
     * A compressed binary message between two compressed text messages: the client drops it, but inflates it all the
     * same, for under context takeover the text after it refers back to its bytes.
     */
    @Test
    void aCompressedBinaryMessageBetweenTextMessagesAcrossContextTakeover() throws Exception {
        String text = "{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":[\"" + "json-rpc ".repeat(20) + "\"]}";
        try (ScriptedServer server = new ScriptedServer("permessage-deflate", peer -> {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            peer.frame(TEXT, true, true, MessageInflaterTest.deflate(deflater, text.getBytes(StandardCharsets.UTF_8)));
            peer.frame(BINARY, true, true, MessageInflaterTest.deflate(deflater, "binary ".repeat(50).getBytes(
                    StandardCharsets.UTF_8)));
            peer.frame(TEXT, true, true, MessageInflaterTest.deflate(deflater, text.getBytes(StandardCharsets.UTF_8)));
        });
                WebSocketTestConnection connection = JsonRpcTestClient.builder()
                        .header("Sec-WebSocket-Extensions", "permessage-deflate").connection(server.uri())) {
            assertThat(connection.next()).isEqualTo(text);
            assertThat(connection.next()).isEqualTo(text);
            server.awaitScript();
            connection.abort();
        }
    }

    /** A text message with a two-byte UTF-8 character split between its two frames: read whole. */
    @Test
    void aCharacterSplitBetweenTwoFrames() throws Exception {
        byte[] text = "{\"jsonrpc\":\"2.0\",\"method\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        int split = text.length - 3;
        assertThat(text[split - 1]).isEqualTo((byte) 0xC3);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(TEXT, false, false, Arrays.copyOfRange(text, 0, split));
            peer.frame(CONTINUATION, true, false, Arrays.copyOfRange(text, split, text.length));
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"caf\u00e9\"}");
            server.awaitScript();
            connection.abort();
        }
    }

    /**
     * Frames of each length encoding (7 bits, 16 bits, 64 bits) written a byte at a time: the client waits for each
     * header whole.
     */
    @Test
    void framesWrittenAByteAtATime() throws Exception {
        String[] texts = { "{\"method\":\"" + "a".repeat(100) + "\"}", "{\"method\":\"" + "b".repeat(1000) + "\"}",
                "{\"method\":\"" + "c".repeat(70_000) + "\"}" };
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.socket.setTcpNoDelay(true);
            for (String text : texts) {
                byte[] payload = text.getBytes(StandardCharsets.UTF_8);
                int header = payload.length < 126 ? 2 : payload.length <= 0xFFFF ? 4 : 10;
                byte[] frame = ScriptedServer.Peer.encode(TEXT, true, false, payload);
                for (int i = 0; i < header + 1; i++) {
                    peer.out.write(frame[i]);
                    peer.out.flush();
                }
                peer.out.write(frame, header + 1, frame.length - header - 1);
                peer.out.flush();
            }
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            for (String text : texts) {
                assertThat(connection.next()).isEqualTo(text);
            }
            server.awaitScript();
            connection.abort();
        }
    }

    /**
     * A 64-bit frame length must have its most significant bit clear (RFC 6455 section 5.2). One with it set is no
     * small frame: the connection is lost rather than a few bytes read as a message.
     */
    @Test
    void aFrameLengthWithItsMostSignificantBitSet() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.out.write(new byte[] { (byte) 0x81, 127, (byte) 0x80, 0, 0, 0, 0, 0, 0, 2, '{', '}' });
            peer.out.flush();
            try {
                // the server's end stays open until the client drops the connection
                while (peer.read() != null) {
                }
            } catch (IOException dropped) {
                // a reset, as the client aborts
            }
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose()).isEqualTo(
                    new CloseStatus(1006, "connection lost: a frame length with its most significant bit set"));
            server.awaitScript();
        }
    }

    /** A close frame with a status: its code and reason, and the client echoes the code. */
    @Test
    void aCloseFrameWithAStatus() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(CLOSE, true, false, FrameCodec.closePayload(4001, "gone"));
            ScriptedServer.Frame answer = peer.read();
            assertThat(answer.opcode()).isEqualTo(CLOSE);
            assertThat(answer.payload()).containsExactly(FrameCodec.closePayload(4001, ""));
            peer.socket.close();
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(4001, "gone"));
            server.awaitScript();
        }
    }

    /**
     * A server that keeps the TCP connection open after its close frame: the client answers it, closes TCP itself, as
     * RFC 6455 section 7.1.1 allows, and the call waiting gets the server's status rather than wait out its timeout.
     */
    @Test
    void aServerThatKeepsTheConnectionOpenAfterItsCloseFrame() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.frame(CLOSE, true, false, FrameCodec.closePayload(1001, "going away"));
            assertThat(peer.read().payload()).containsExactly(FrameCodec.closePayload(1001, ""));
            assertThat(peer.read()).isNull();
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.call("add", 1, 2)).isInstanceOf(AssertionError.class)
                    .hasMessage("No response: the connection closed: 1001 going away");
            server.awaitScript();
        }
    }

    /** A close frame without a status is 1005, and the client's answer has none either. */
    @Test
    void aCloseFrameWithoutAStatus() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(CLOSE, true, false, new byte[0]);
            ScriptedServer.Frame answer = peer.read();
            assertThat(answer.opcode()).isEqualTo(CLOSE);
            assertThat(answer.payload()).isEmpty();
            peer.socket.close();
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1005, ""));
            assertThatThrownBy(connection::next).isInstanceOf(AssertionError.class)
                    .hasMessage("No message received: the connection closed (1005)");
            server.awaitScript();
        }
    }

    /** A notification the call caused, sent before the call's response: both arrive where they belong. */
    @Test
    void aNotificationBeforeTheResponseOfTheCallThatCausedIt() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            String call = peer.readText();
            assertThat(call).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"joined\",\"params\":[\"kitchen\"]}");
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"s\","
                    + "\"result\":1}}");
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":\"s\",\"id\":1}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            JsonRpcSubscription subscription = client.subscribe("join", "kitchen");
            assertThat(client.nextNotification(Duration.ofSeconds(10)).method()).isEqualTo("joined");
            assertThat(subscription.next().asInt()).isEqualTo(1);
            server.awaitScript();
        }
    }

    /** A server that goes away without a close frame: between messages, inside a message, inside a frame. */
    @Test
    void aServerThatGoesAwayTellsWhereItStopped() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> peer.socket.close());
                WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose())
                    .isEqualTo(new CloseStatus(1006, "connection lost: the server closed it without a close frame"));
        }
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(TEXT, false, false, "{\"jsonrpc\":".getBytes(StandardCharsets.UTF_8));
            peer.socket.close();
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(1006,
                    "connection lost: the server closed it in the middle of a message, after 1 frame of 11 bytes"));
        }
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.out.write(new byte[] { (byte) 0x81, 100, '{' });
            peer.socket.close();
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.call("add", 1, 2)).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("No response: the connection closed: 1006 connection lost: the server closed"
                            + " it in the middle of a frame")
                    .hasMessageNotContaining("null");
        }
    }

    /** The probe's answer is known by its id, however the server writes its JSON. */
    @Test
    void theProbesAnswerWrittenWithSpaces() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.readText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.probe\",\"id\":\"probe-1\"}");
            peer.text("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32601, \"message\": \"Method not found\"},"
                    + " \"id\": \"probe-1\"}");
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            connection.assertNothingReceived();
            server.awaitScript();
            connection.abort();
        }
    }

    /** A notification that names the probe's id is no answer to it: it came first, and fails the assertion. */
    @Test
    void aNotificationThatNamesTheProbesIdIsNoAnswer() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"seen\",\"params\":{\"id\":\"probe-1\"}}");
            peer.text("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},"
                    + "\"id\":\"probe-1\"}");
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThatThrownBy(connection::assertNothingReceived).isInstanceOf(AssertionError.class)
                    .hasMessage("Expected nothing before the answer to the probe probe-1, but received"
                            + " {\"jsonrpc\":\"2.0\",\"method\":\"seen\",\"params\":{\"id\":\"probe-1\"}}");
            server.awaitScript();
            connection.abort();
        }
    }

    /** A server that closes the connection rather than answer a ping: the ping says so, without waiting it out. */
    @Test
    void aPingTheServerClosesTheConnectionOn() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.read().opcode()).isEqualTo(PING);
            peer.frame(CLOSE, true, false, FrameCodec.closePayload(4000, "bye"));
            peer.read();
        });
                WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30))
                        .connection(server.uri())) {
            assertThatThrownBy(connection::ping).isInstanceOf(AssertionError.class)
                    .hasMessage("No pong to ping-1: the connection closed (4000 bye)");
            server.awaitScript();
        }
    }

    /**
     * A server that writes two messages at once may interleave their frames: RFC 6455 forbids it, and the client fails
     * the connection with 1002 rather than drop the first message, or glue a stray continuation to nothing.
     */
    @Test
    void framesOfTwoMessagesInterleavedFailTheConnection() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(TEXT, false, false, "{\"jsonrpc\":".getBytes(StandardCharsets.UTF_8));
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"other\"}");
            ScriptedServer.Frame close = peer.read();
            assertThat(close.opcode()).isEqualTo(CLOSE);
            assertThat(close.payload()).containsExactly(FrameCodec.closePayload(1002, ""));
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose())
                    .isEqualTo(new CloseStatus(1002, "the server sent a new message before the end of the one before"));
            assertThatThrownBy(connection::next).hasMessageStartingWith("No message received: the connection closed");
            server.awaitScript();
        }
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"whole\"}");
            peer.frame(CONTINUATION, true, false, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(peer.read().payload()).containsExactly(FrameCodec.closePayload(1002, ""));
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"whole\"}");
            assertThat(connection.awaitClose()).isEqualTo(
                    new CloseStatus(1002, "the server sent a continuation frame with no message to continue"));
            server.awaitScript();
        }
    }

    /** A text message that is not UTF-8 fails the connection with 1007, as RFC 6455 section 8.1 says. */
    @Test
    void aTextMessageThatIsNotUtf8FailsTheConnection() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(TEXT, true, false, new byte[] { '"', (byte) 0xC3, '"' });
            assertThat(peer.read().payload()).containsExactly(FrameCodec.closePayload(1007, ""));
        }); WebSocketTestConnection connection = WebSocketTestConnection.open(server.uri())) {
            assertThat(connection.awaitClose())
                    .isEqualTo(new CloseStatus(1007, "the server sent a text message that is not UTF-8"));
            server.awaitScript();
        }
    }
}
