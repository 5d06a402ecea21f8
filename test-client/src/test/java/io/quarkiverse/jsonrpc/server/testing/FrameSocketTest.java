package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The reader of a {@link FrameSocket}, below the clients. */
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
}
