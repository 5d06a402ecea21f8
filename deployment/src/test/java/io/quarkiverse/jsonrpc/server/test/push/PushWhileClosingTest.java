package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Push while connections go away: a group joined by a call that goes on after its connection closed, a stream whose
 * item is being made a notification as its connection closes, and a group sent to from a worker while half its
 * members close and the others are answered on their event loops. The closed connection is no member, the stream is
 * cancelled and sends nothing more, the closed members leave the group, the others get every notification in the
 * order sent, and nothing of it is logged above DEBUG.
 */
public class PushWhileClosingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Room.class, LateJoiner.class, Json.class)
                    .addClasses(HeldStream.classes()))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG")
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && (record.getLoggerName().startsWith("io.quarkiverse.jsonrpc")
                            || record.getLoggerName().startsWith("io.quarkus.websockets.next")
                            || record.getLoggerName().startsWith("io.quarkus.mutiny")
                            || record.getLoggerName().startsWith("io.vertx")))
            .assertLogRecords(records -> assertThat(records).as("log lines above DEBUG").isEmpty());

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    JsonRpcNotifier notifier;

    @Inject
    ConnectionRegistry registry;

    public static class Room {
        @JsonRpc
        public String join(String room, JsonRpcContext context) {
            context.join(room);
            return context.connectionId();
        }

        @JsonRpc
        public int echo(int n) {
            return n;
        }
    }

    /** Joins a group once its connection has closed and the close hooks have run. */
    public static class LateJoiner {
        static final CountDownLatch joining = new CountDownLatch(1);
        static final CountDownLatch closeHookRan = new CountDownLatch(1);
        static final CountDownLatch joined = new CountDownLatch(1);
        static volatile String connectionId;

        @JsonRpc
        public void joinLate(String room, JsonRpcContext context) throws InterruptedException {
            connectionId = context.connectionId();
            joining.countDown();
            if (closeHookRan.await(10, TimeUnit.SECONDS)) {
                context.join(room);
                joined.countDown();
            }
        }

        @OnJsonRpcClose
        void closed(JsonRpcContext context) {
            if (context.connectionId().equals(connectionId)) {
                closeHookRan.countDown();
            }
        }
    }

    @Test
    void aGroupJoinedAfterTheConnectionClosedKeepsNoMembership() throws Exception {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"joinLate\",\"params\":[\"late\"],\"id\":1}");
        assertThat(LateJoiner.joining.await(10, TimeUnit.SECONDS)).as("the call runs").isTrue();

        client.close();
        assertThat(LateJoiner.joined.await(10, TimeUnit.SECONDS)).as("joined after the close hook ran").isTrue();

        assertThat(registry.members("late")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.connectionCount() == 0);
    }

    @Test
    void aStreamWhoseConnectionClosesMidItemIsCancelledAndSendsNothingMore() throws Exception {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"heldItem\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
        assertThat(HeldStream.subscribed.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
        CompletableFuture<Void> emitted = CompletableFuture
                .runAsync(() -> HeldStream.emitter.emit(new HeldStream.Item("late")));
        assertThat(HeldStream.writing.await(10, TimeUnit.SECONDS)).as("the item is being made a notification").isTrue();

        client.close();
        assertThat(HeldStream.cancelled.await(10, TimeUnit.SECONDS)).as("the close cancelled the stream").isTrue();
        HeldStream.written.countDown();
        emitted.get(10, TimeUnit.SECONDS);

        // the marker runs before the cancellation reaches the emitter; once there, what is emitted goes nowhere
        await().atMost(Duration.ofSeconds(10)).until(() -> HeldStream.emitter.isCancelled());
        HeldStream.emitter.emit(new HeldStream.Item("later"));
        assertThat(HeldStream.serialized.get()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.connectionCount() == 0);
        assertThat(registry.subscriptionCount()).isZero();
    }

    @Test
    void aGroupSentToWhileHalfItsMembersCloseReachesTheOthersInOrder() throws Exception {
        int members = 8;
        int notifications = 200;
        List<WebSocketTestConnection> clients = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            WebSocketTestConnection client = WebSocketTestConnection.open(uri);
            String joined = client.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"busy\"],\"id\":0}");
            assertThat(Json.tree(joined).get("result").isTextual()).isTrue();
            clients.add(client);
        }
        List<WebSocketTestConnection> leaving = clients.subList(0, members / 2);
        List<WebSocketTestConnection> staying = clients.subList(members / 2, members);

        CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
            for (int n = 0; n < notifications; n++) {
                notifier.group("busy").sendAndAwait("count", List.of(n));
            }
        });
        // each leaving member closes once the sending has reached it; the staying ones call meanwhile, answered on
        // their event loops between the notifications
        for (WebSocketTestConnection client : leaving) {
            assertThat(Json.tree(client.next()).get("method").asText()).isEqualTo("count");
            client.close();
        }
        for (WebSocketTestConnection client : staying) {
            for (int id = 1; id <= 20; id++) {
                client.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + id + "],\"id\":" + id + "}");
            }
        }
        sent.get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.members("busy").size() == members / 2);
        notifier.group("busy").sendAndAwait("done", null);

        for (WebSocketTestConnection client : staying) {
            List<Integer> counts = new ArrayList<>();
            int answers = 0;
            JsonNode message;
            while (!(message = Json.tree(client.next())).path("method").asText().equals("done")) {
                if (message.has("id")) {
                    assertThat(message.get("result").asInt()).isEqualTo(message.get("id").asInt());
                    answers++;
                } else {
                    counts.add(message.get("params").get(0).asInt());
                }
            }
            while (answers < 20) {
                assertThat(Json.tree(client.next()).has("id")).isTrue();
                answers++;
            }
            assertThat(counts).as("the notifications in the order sent")
                    .isEqualTo(IntStream.range(0, notifications).boxed().toList());
            client.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.members("busy").isEmpty());
    }
}
