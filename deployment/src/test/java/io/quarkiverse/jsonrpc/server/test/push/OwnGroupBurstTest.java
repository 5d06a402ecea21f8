package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * A call that sends its own group more notifications at once than a connection may leave unread (1,024) closes no
 * one: on the event loop, what is written to the caller waits for the end of the read that brought the call, as the
 * answers of that read do; what is written to a member on another event loop waits in that loop's queue, and is
 * flushed only once the loop has written all of it. Neither is a sign of a client that does not read. Every member gets
 * every notification, in order, and the caller its answer after them.
 * <p>
 * The burst passes the limit by 76 notifications, under 4 KB: less than the operating system takes from the server
 * for a client that has not read yet. By more, a client slower than the server (on a busy machine) would be behind by
 * more than the limit, and rightly closed: the test would measure its speed.
 */
public class OwnGroupBurstTest {

    static final int BURST = 1100;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Room.class));

    public static class Room {
        static final CountDownLatch stalled = new CountDownLatch(1);
        static final CountDownLatch resume = new CountDownLatch(1);

        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public void enter(JsonRpcContext context, String room) {
            context.join(room);
        }

        /** On the event loop, as a method returning a {@code Uni} is: each send is written as it is made. */
        @JsonRpc
        public Uni<Integer> burst(String room, int n) {
            return Uni.join().all(IntStream.range(0, n).mapToObj(i -> notifier.group(room).send("tick", List.of(i)))
                    .toList()).andFailFast().replaceWith(n);
        }

        @JsonRpc
        @NonBlocking
        public String eventLoop() {
            return Thread.currentThread().getName();
        }

        /** Keeps the event loop of its connection busy until the test resumes it, as a loop busy with others' work. */
        @JsonRpc
        @NonBlocking
        public void stall() throws InterruptedException {
            stalled.countDown();
            resume.await(60, TimeUnit.SECONDS);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @AfterAll
    static void resume() {
        Room.resume.countDown();
    }

    @Test
    void aBurstToTheCallersOwnGroupReachesEveryMember() {
        try (WebSocketTestConnection caller = WebSocketTestConnection.open(uri);
                WebSocketTestConnection other = WebSocketTestConnection.open(uri)) {
            enter(caller, "room");
            enter(other, "room");
            caller.send("{\"jsonrpc\":\"2.0\",\"method\":\"burst\",\"params\":[\"room\"," + BURST + "],\"id\":2}");
            for (int i = 0; i < BURST; i++) {
                assertThat(caller.next()).isEqualTo(tick(i));
                assertThat(other.next()).isEqualTo(tick(i));
            }
            assertThat(caller.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + BURST + ",\"id\":2}");
            // still open: a connection closed for leaving messages unread would get the close frame, not this answer
            enter(caller, "room");
            enter(other, "room");
        }
    }

    /**
     * The other member's event loop is busy while the caller sends the burst: the burst waits in its queue, and the look
     * at the member's unread messages, which the 1,025th schedules, comes after the first 1,025, written but not yet
     * flushed.
     */
    @Test
    void aBurstToAMemberWhoseEventLoopIsBusyReachesIt() throws InterruptedException {
        try (WebSocketTestConnection caller = WebSocketTestConnection.open(uri);
                WebSocketTestConnection other = openOnAnotherEventLoop(eventLoop(caller))) {
            enter(caller, "busy");
            enter(other, "busy");
            other.send("{\"jsonrpc\":\"2.0\",\"method\":\"stall\"}");
            assertThat(Room.stalled.await(30, TimeUnit.SECONDS)).as("the other member's event loop is busy").isTrue();

            caller.send("{\"jsonrpc\":\"2.0\",\"method\":\"burst\",\"params\":[\"busy\"," + BURST + "],\"id\":2}");
            for (int i = 0; i < BURST; i++) {
                assertThat(caller.next()).isEqualTo(tick(i));
            }
            // the burst has been handed to the other member's connection
            assertThat(caller.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + BURST + ",\"id\":2}");

            Room.resume.countDown();
            for (int i = 0; i < BURST; i++) {
                assertThat(other.next()).isEqualTo(tick(i));
            }
            enter(other, "busy");
        }
    }

    private static String tick(int i) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":[" + i + "]}";
    }

    private static void enter(WebSocketTestConnection connection, String room) {
        assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[\"" + room + "\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
    }

    private static String eventLoop(WebSocketTestConnection connection) {
        String answer = connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"eventLoop\",\"id\":\"loop\"}");
        assertThat(answer).startsWith("{\"jsonrpc\":\"2.0\",\"result\":\"vert.x-eventloop-thread-");
        return answer;
    }

    /** A connection on another event loop than the one named: Vert.x hands new connections to its loops in turn. */
    private WebSocketTestConnection openOnAnotherEventLoop(String notThisOne) {
        for (int attempt = 0; attempt < 8; attempt++) {
            WebSocketTestConnection connection = WebSocketTestConnection.open(uri);
            if (!eventLoop(connection).equals(notThisOne)) {
                return connection;
            }
            connection.close();
        }
        throw new AssertionError("Eight connections in a row on the event loop of " + notThisOne);
    }
}
