package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The raw connection against a fake server: messages as they are, in order, fragments, closing, refusal. */
class WebSocketTestConnectionTest {

    @RegisterExtension
    static final FakeServer server = new FakeServer();

    @Test
    void messagesComeAsTheyAreInTheOrderSent() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}");
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"pong\",\"params\":{\"n\":1}}");
            assertThat(connection.call("not json")).contains("-32700");
        }
    }

    @Test
    void assertNothingReceivedFindsAMessageThatCameUnread() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            connection.assertNothingReceived();
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}");
            assertThatThrownBy(connection::assertNothingReceived).isInstanceOf(AssertionError.class)
                    .hasMessage("Expected nothing before the answer to the probe probe-2, but received"
                            + " {\"jsonrpc\":\"2.0\",\"method\":\"pong\",\"params\":{\"n\":1}}");
        }
    }

    /** A message may be split anywhere, even inside a character: the server reassembles the bytes. */
    @Test
    void aMessageInFragmentsSplitInsideACharacter() {
        byte[] message = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"é🔑\"],\"id\":7}"
                .getBytes(StandardCharsets.UTF_8);
        int insideTheKey = indexOf(message, (byte) 0xf0) + 2;
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            connection.sendFragments(Arrays.copyOfRange(message, 0, insideTheKey),
                    Arrays.copyOfRange(message, insideTheKey, message.length));
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"é🔑\",\"id\":7}");
        }
    }

    @Test
    void theServersCloseCodeAndReason() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"bye\",\"id\":1}");
            assertThat(connection.awaitClose()).isEqualTo(new CloseStatus(4000, "bye"));
            assertThat(connection.isOpen()).isFalse();
            assertThatThrownBy(connection::next).isInstanceOf(AssertionError.class)
                    .hasMessage("No message received: the connection closed (4000 bye)");
            assertThatThrownBy(() -> connection.send("{}")).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Cannot send a text message: the connection is closed (4000 bye)");
        }
    }

    @Test
    void closingIsAHandshakeWithCode1000() throws Exception {
        WebSocketTestConnection connection = JsonRpcTestClient.builder().header("X-Name", "closer")
                .connection(server.http());
        connection.close();
        String close;
        do {
            close = server.closes.poll(10, TimeUnit.SECONDS);
        } while (close != null && !close.startsWith("closer: "));
        assertThat(close).isEqualTo("closer: 1000 null");
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void aRefusedUpgradeSaysItsStatus() {
        URI forbidden = server.http().resolve("/forbidden");
        assertThatThrownBy(() -> WebSocketTestConnection.open(forbidden)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> JsonRpcTestClient.ws(forbidden)).isInstanceOf(UpgradeRejectedException.class)
                .hasMessageStartingWith("The upgrade to a WebSocket connection at ws://127.0.0.1:")
                .hasMessageContaining("/forbidden was answered with 403");
    }

    /** What arrives while reading is paused is read once it resumes, in order. */
    @Test
    void pausedReadingResumesWhereItStopped() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            connection.pauseReading();
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1],\"id\":1}");
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[2],\"id\":2}");
            connection.resumeReading();
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        }
    }

    /** Offered permessage-deflate, the server compresses; messages are read inflated, one after the other. */
    @Test
    void compressedMessagesAreInflated() {
        String text = "json-rpc ".repeat(2000);
        try (WebSocketTestConnection connection = JsonRpcTestClient.builder()
                .header("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")
                .connection(server.http())) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).startsWith("permessage-deflate");
            for (int id = 1; id <= 2; id++) {
                connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"" + text + "\"],\"id\":" + id
                        + "}");
                ReceivedMessage answer = connection.nextMessage();
                assertThat(answer.compressed()).isTrue();
                assertThat(answer.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + text + "\",\"id\":" + id
                        + "}");
            }
            assertThat(connection.bytesReceived()).isLessThan(text.length() / 10);
        }
    }

    @Test
    void withoutTheOfferNothingIsCompressed() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isNull();
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"abc\"],\"id\":1}");
            ReceivedMessage answer = connection.nextMessage();
            assertThat(answer.compressed()).isFalse();
            assertThat(answer.frameSizes()).containsExactly(answer.text().length());
            assertThat(connection.bytesReceived()).isEqualTo(answer.text().length());
        }
    }

    /**
     * A close frame behind paused reading is never read, though the reader was already waiting for the next frame
     * when reading paused: the failed wait says what to do.
     */
    @Test
    void awaitingTheCloseWhileReadingIsPausedSaysToResume() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(server.http())) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            connection.pauseReading();
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"bye\"}");
            // the close frame cannot arrive while reading is paused, however long the wait
            assertThatThrownBy(() -> connection.awaitClose(Duration.ofSeconds(1))).isInstanceOf(AssertionError.class)
                    .hasMessage("The connection was still open after PT1S, with reading paused: what the server sent"
                            + " waits unread, a close frame too; resumeReading() first");
        }
    }

    /** So does a wait for a message, or for a pong, that times out. */
    @Test
    void waitingForAMessageWhileReadingIsPausedSaysToResume() {
        try (WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(1))
                .connection(server.http())) {
            connection.pauseReading();
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1],\"id\":1}");
            assertThatThrownBy(connection::next).isInstanceOf(AssertionError.class).hasMessage("No message received"
                    + " within PT1S, with reading paused: what the server sent waits unread, messages too;"
                    + " resumeReading() first");
            assertThatThrownBy(connection::ping).isInstanceOf(AssertionError.class).hasMessage("No pong to ping-1"
                    + " within PT1S, with reading paused: what the server sent waits unread, its pong too;"
                    + " resumeReading() first");
            connection.resumeReading();
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        }
    }

    /** Pings sent at once from several threads each get their own pong, whichever pong comes first. */
    @Test
    void pingsFromSeveralThreadsAtOnceEachGetTheirPong() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(10))
                .connection(server.http())) {
            List<Future<?>> pings = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                pings.add(threads.submit(connection::ping));
            }
            for (Future<?> ping : pings) {
                ping.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
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
