package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A member of a group that stops reading holds up no one: a send to the group completes once every member's connection
 * has taken the notification, not once the notification is written to every client, so the caller is answered and the
 * other members get every notification while what the silent member does not read waits for it in the server.
 */
public class BroadcastPastANonReaderTest {

    /** A request carrying it stays within the server's largest frame (64 KiB). */
    static final String TEXT = "z".repeat(60 * 1024);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Room.class, SocketBuffers.class));

    public static class Room {

        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public void enter(JsonRpcContext context) {
            context.join("room");
        }

        @JsonRpc
        public Uni<Void> announce(String text) {
            return notifier.group("room").send("said", List.of(text));
        }
    }

    /** What the socket buffers can hold, and then more, far from what closes a client that does not read. */
    static final long ANNOUNCEMENTS = SocketBuffers.maxInFlight() / TEXT.length() + 64;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aSendToAGroupCompletesWhileOneMemberDoesNotRead() {
        WebSocketTestConnection silent = WebSocketTestConnection.open(uri);
        try (WebSocketTestConnection member = WebSocketTestConnection.open(uri);
                WebSocketTestConnection caller = WebSocketTestConnection.open(uri)) {
            assertThat(silent.call("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(member.call("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            silent.pauseReading();
            for (long i = 0; i < ANNOUNCEMENTS; i++) {
                assertThat(caller.call("{\"jsonrpc\":\"2.0\",\"method\":\"announce\",\"params\":[\"" + TEXT
                        + "\"],\"id\":" + i + "}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":" + i + "}");
                assertThat(member.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"said\",\"params\":[\"" + TEXT
                        + "\"]}");
            }
        } finally {
            silent.abort();
        }
    }
}
