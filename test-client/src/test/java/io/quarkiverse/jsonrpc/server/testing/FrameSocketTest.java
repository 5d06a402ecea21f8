package io.quarkiverse.jsonrpc.server.testing;

import static io.quarkiverse.jsonrpc.server.testing.ThreadStates.awaitWaitingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The reading and writing of a {@link FrameSocket}, below the clients. */
class FrameSocketTest {

    /**
     * A listener that fails as it handles a message does not kill the reader in silence, leaving the connection open
     * and every wait on it to time out: the connection ends, and says why.
     */
    @Test
    void aListenerThatFailsEndsTheConnectionSayingWhy() throws Exception {
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"tick\"}");
            peer.read();
        })) {
            FrameSocket socket = FrameSocket.connect(server.uri(), Map.of(), Duration.ofSeconds(30), null,
                    new FrameSocket.Listener() {
                        @Override
                        public void onText(ReceivedMessage message) {
                            throw new IllegalStateException("a bug of the listener");
                        }

                        @Override
                        public void onClose(CloseStatus status) {
                            closed.complete(status);
                        }
                    });
            try {
                assertThat(socket.awaitClose()).isEqualTo(new CloseStatus(1006,
                        "the test client failed reading: java.lang.IllegalStateException: a bug of the listener"));
                assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(socket.closeStatus());
            } finally {
                socket.abort();
            }
        }
    }

    /**
     * A connection dropped while its reading is paused ends like any other dropped connection: the listener learns it,
     * and the reader thread, which was waiting to read again, ends rather than wait for good.
     */
    @Test
    void aConnectionDroppedWhileReadingIsPausedEnds() throws Exception {
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        CountDownLatch dropped = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(dropped.await(10, TimeUnit.SECONDS)).isTrue();
        })) {
            FrameSocket socket = FrameSocket.connect(server.uri(), Map.of(), Duration.ofSeconds(30), null,
                    new FrameSocket.Listener() {
                        @Override
                        public void onText(ReceivedMessage message) {
                        }

                        @Override
                        public void onClose(CloseStatus status) {
                            closed.complete(status);
                        }
                    });
            socket.pauseReading();
            socket.abort();
            dropped.countDown();
            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(1006, "dropped by the client"));
            assertThat(socket.closeStatus()).isEqualTo(closed.get());
            server.awaitScript();
        }
    }

    /**
     * A client's close that the server never answers fails saying so, once the client's timeout has passed, and the
     * connection is dropped rather than left open.
     */
    @Test
    void aCloseTheServerNeverAnswersFailsSayingSo() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.read().opcode()).isEqualTo(FrameCodec.CLOSE);
            // no answer; the client then drops the connection
            assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(peer.read()).isNull();
        })) {
            // waited out below
            WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(3))
                    .connection(server.uri());
            assertThatThrownBy(connection::close).isInstanceOf(AssertionError.class)
                    .hasMessage("The server did not answer the close frame within PT3S: the client dropped the"
                            + " connection");
            failed.countDown();
            server.awaitScript();
        }
    }

    /**
     * Two threads that send a message in fragments at once: RFC 6455 section 5.4 forbids interleaving the frames of two
     * messages, so the second message goes out after the last frame of the first. The first frame of the first is
     * larger than the socket buffers: it is still being written while the second message is sent.
     */
    @Test
    void fragmentsOfTwoMessagesSentAtOnceDoNotInterleave() throws Exception {
        byte[] large = new byte[8 * 1024 * 1024];
        Arrays.fill(large, (byte) ' ');
        CountDownLatch bothSending = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(bothSending.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> frames = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ScriptedServer.Frame frame = peer.read();
                frames.add(frame.opcode() + " " + (frame.payload().length == large.length ? "large" : frame.text()));
            }
            assertThat(frames).containsExactly("1 large", "0 a2", "1 b1", "0 b2");
        });
                WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30))
                        .connection(server.uri())) {
            Thread a = DaemonThreads.of(() -> connection.sendFragments(large, bytes("a2")), "sender-a");
            a.start();
            awaitWaitingIn(a, FrameSocket.class);
            Thread b = DaemonThreads.of(() -> connection.sendFragments(bytes("b1"), bytes("b2")), "sender-b");
            b.start();
            awaitWaitingIn(b, FrameSocket.class);
            bothSending.countDown();
            server.awaitScript();
            connection.abort();
        }
    }

    /**
     * A message waiting for its turn behind another when the connection is dropped is not sent, and its sender learns
     * it at once, as a closed connection, rather than after the whole timeout, as a server that does not read. (A
     * client closing just as the server closed TCP waited the whole timeout so: its close frame was the message
     * waiting.) The first message is larger than the socket buffers of a server that reads nothing: it is still being
     * written when the connection is dropped.
     */
    @Test
    void aMessageWaitingItsTurnWhenTheConnectionIsDroppedFailsAtOnce() throws Exception {
        String large = " ".repeat(8 * 1024 * 1024);
        CountDownLatch dropped = new CountDownLatch(1);
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(dropped.await(30, TimeUnit.SECONDS)).isTrue();
        });
                WebSocketTestConnection connection = JsonRpcTestClient.builder().timeout(Duration.ofMinutes(2))
                        .connection(server.uri())) {
            Thread a = DaemonThreads.of(() -> catchThrowable(() -> connection.send(large)), "sender-a");
            a.start();
            awaitWaitingIn(a, FrameSocket.class);
            Thread b = DaemonThreads.of(() -> second.complete(catchThrowable(() -> connection.send("{}"))), "sender-b");
            b.start();
            awaitWaitingIn(b, FrameSocket.class);
            connection.abort();
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(AssertionError.class)
                    .hasMessage("Cannot send a text message: the connection is closed");
            dropped.countDown();
            server.awaitScript();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
