package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A call that sends its own group more notifications at once than a connection may leave unread (1,024) closes no
 * one: on the event loop, what is written to the caller waits for the end of the read that brought the call, as the
 * answers of that read do, and is no sign of a client that does not read. Every member gets every notification, in
 * order, and the caller its answer after them.
 */
public class OwnGroupBurstTest {

    static final int BURST = 3000;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Room.class));

    public static class Room {

        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public void enter(JsonRpcContext context) {
            context.join("room");
        }

        /** On the event loop, as a method returning a {@code Uni} is: each send is written as it is made. */
        @JsonRpc
        public Uni<Integer> burst(int n) {
            return Uni.join().all(IntStream.range(0, n).mapToObj(i -> notifier.group("room").send("tick", List.of(i)))
                    .toList()).andFailFast().replaceWith(n);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aBurstToTheCallersOwnGroupReachesEveryMember() {
        try (WebSocketTestConnection caller = WebSocketTestConnection.open(uri);
                WebSocketTestConnection other = WebSocketTestConnection.open(uri)) {
            assertThat(caller.call("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(other.call("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            caller.send("{\"jsonrpc\":\"2.0\",\"method\":\"burst\",\"params\":[" + BURST + "],\"id\":2}");
            for (int i = 0; i < BURST; i++) {
                String tick = "{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":[" + i + "]}";
                assertThat(caller.next()).isEqualTo(tick);
                assertThat(other.next()).isEqualTo(tick);
            }
            assertThat(caller.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + BURST + ",\"id\":2}");
            assertThat(caller.isOpen()).isTrue();
        }
    }
}
