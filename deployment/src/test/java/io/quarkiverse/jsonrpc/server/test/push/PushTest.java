package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * What the server pushes: notifications to one connection, to a group, to everyone, from a method and from any bean;
 * and subscriptions, a method returning {@code Multi}: an id, items as notifications, completion, failure,
 * cancellation, and by default (overflow {@code close}) the end of a connection that reads too slowly.
 * <p>
 * One application for all: the default configuration, no lifecycle hook, and every test closes the connections it
 * opens, so a notification to everyone reaches only the connections of the test that sends it, and the connection an
 * overflow closes is the overflow test's own.
 */
public class PushTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Chat.class, Streams.class, Firehose.class, Burst.class,
                    Scripted.class, Scripted.HeldFailure.class, Json.class, SocketBuffers.class, LogWatch.class)
                    .addClasses(HeldStream.classes()));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // notifications

    public static class Chat {

        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public String join(String room, JsonRpcContext context) {
            context.join(room);
            return context.connectionId();
        }

        @JsonRpc
        public void leave(String room, JsonRpcContext context) {
            context.leave(room);
        }

        @JsonRpc
        public Uni<Void> say(String room, String text) {
            return notifier.group(room).send("chat.message", Map.of("room", room, "text", text));
        }

        @JsonRpc
        public String work(JsonRpcContext context) {
            context.notify("progress", Map.of("percent", 50)).await().indefinitely();
            return "done";
        }
    }

    @Inject
    JsonRpcNotifier notifier;

    @Test
    void groupNotificationReachesMembersOnly() throws Exception {
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(uri);
                WebSocketTestConnection bob = WebSocketTestConnection.open(uri);
                WebSocketTestConnection carol = WebSocketTestConnection.open(uri)) {
            alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            bob.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            carol.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"garden\"],\"id\":1}");

            alice.send("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"kitchen\",\"hi\"],\"id\":2}");

            String expected = "{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\",\"params\":{\"room\":\"kitchen\",\"text\":\"hi\"}}";
            assertThat(Json.tree(bob.next())).isEqualTo(Json.tree(expected));
            assertThat(Json.frames(alice, 2)).contains(Json.tree(expected),
                    Json.tree("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}"));
            carol.assertNothingReceived();

            bob.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"kitchen\"],\"id\":3}");
            alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"kitchen\"],\"id\":3}");
            carol.call("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"kitchen\",\"anyone?\"],\"id\":4}");
            bob.assertNothingReceived();
        }
    }

    @Test
    void toOneConnectionAndToAllFromAnyBean() throws Exception {
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(uri);
                WebSocketTestConnection bob = WebSocketTestConnection.open(uri)) {
            String aliceId = Json.tree(alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"x\"],\"id\":1}"))
                    .get("result").asText();

            notifier.connection(aliceId).sendAndAwait("ping", java.util.List.of(1));
            assertThat(alice.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[1]}");
            bob.assertNothingReceived();

            notifier.all().sendAndAwait("shutdown", null);
            assertThat(alice.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\"}");
            assertThat(bob.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\"}");

            notifier.connection("no-such-connection").sendAndAwait("ping", null);
        }
    }

    @Test
    void notifyTheCurrentConnectionDuringACall() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"work\",\"id\":7}");
            assertThat(client.next())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"progress\",\"params\":{\"percent\":50}}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":7}");
        }
    }

    @Test
    void groupsAndNotificationsNeedAWebSocket() {
        JsonNode error = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"x\"],\"id\":1}")
                .get("error");
        assertThat(error.get("code").asInt()).isEqualTo(-32603);
        assertThat(error.get("message").asText()).contains("Groups are for WebSocket connections");
    }

    // subscriptions

    public static class Streams {

        static final AtomicInteger cancelled = new AtomicInteger();
        /** More than a connection may leave unread: the stream must be pulled, not pushed all at once. */
        static final int MANY = 1_100;

        @JsonRpc
        public Multi<Integer> ticks(int n) {
            return Multi.createFrom().range(0, n);
        }

        @JsonRpc
        public Multi<String> broken() {
            return Multi.createFrom().<String> item("first")
                    .onCompletion().switchTo(Multi.createFrom().failure(new IllegalStateException("stream broke")));
        }

        /** Answered once a test completes it. */
        static final CompletableFuture<String> held = new CompletableFuture<>();

        @JsonRpc
        public Uni<String> held() {
            return Uni.createFrom().completionStage(held);
        }

        @JsonRpc
        public Multi<Long> forever() {
            return Multi.createFrom().ticks().every(Duration.ofMillis(20))
                    .onCancellation().invoke(cancelled::incrementAndGet);
        }
    }

    @Test
    void itemsThenCompletion() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            for (int i = 0; i < 3; i++) {
                assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                        + "\"params\":{\"subscription\":\"1\",\"result\":" + i + "}}");
            }
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"complete\":true}}");
        }
    }

    /**
     * The items of a subscription made in a batch wait for the batch response, which carries its id, even when a
     * message sent after the batch is answered first.
     */
    @Test
    void aSubscriptionInABatchStartsWithTheBatchResponse() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("[{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[1],\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":2}]");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"nowhere\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":3}");
            Streams.held.complete("released");
            assertThat(client.next()).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"result\":\"released\",\"id\":2}]");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"result\":0}}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"complete\":true}}");
        }
    }

    /**
     * A cold stream waits for the connection: items are pulled one at a time, each once the previous is written, so
     * every item arrives, in order, and the connection stays open. Pushed all at once, the {@value Streams#MANY} items
     * would exceed the messages a connection may leave unwritten (1,024), and close it.
     */
    @Test
    void aColdStreamIsPulledAtTheConnectionsPace() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[" + Streams.MANY
                    + "],\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            for (int i = 0; i < Streams.MANY; i++) {
                assertThat(Json.tree(client.next()).get("params").get("result").asInt()).isEqualTo(i);
            }
            assertThat(Json.tree(client.next()).get("params").get("complete").asBoolean()).isTrue();
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void failureIsNotified() {
        try (LogWatch log = LogWatch.extension(); WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":1}")).get("result")
                    .asText();
            assertThat(Json.tree(client.next()).get("params").get("result").asText()).isEqualTo("first");
            JsonNode error = Json.tree(client.next()).get("params");
            assertThat(error.get("subscription").asText()).isEqualTo(id);
            assertThat(error.get("error").get("code").asInt()).isEqualTo(-32603);
            assertThat(error.get("error").get("message").asText()).isEqualTo("stream broke");
            // the log names the subscription, which the client knows the failure by
            assertThat(LogWatch.message(log.await("Method broken", Duration.ofSeconds(10))))
                    .isEqualTo("Method broken [subscription " + id + "] failed (further java.lang.IllegalStateException"
                            + " failures of it are logged at DEBUG)");
        }
    }

    @Test
    void unsubscribeCancelsTheStream() {
        int before = Streams.cancelled.get();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}")).get("result")
                    .asText();
            assertThat(Json.tree(client.next()).get("params").get("subscription").asText()).isEqualTo(id);
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id + "\"],\"id\":2}");
            await().atMost(Duration.ofSeconds(10)).until(() -> Streams.cancelled.get() == before + 1);
            // items already on their way may precede the answer; nothing follows it
            while (!Json.tree(client.next()).has("id")) {
            }
            client.assertNothingReceived();
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id
                    + "\"],\"id\":3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":false,\"id\":3}");
        }
    }

    /** A stream that fails as the test lets it, whose failure is held as it is mapped until the test lets it go on. */
    public static class Scripted {
        static final CountDownLatch failingSubscribed = new CountDownLatch(1);
        static final CountDownLatch mapping = new CountDownLatch(1);
        static final CountDownLatch mapped = new CountDownLatch(1);
        static volatile MultiEmitter<? super String> failingEmitter;

        /** The failure the test ends {@link #failing()} with. */
        public static class HeldFailure extends RuntimeException {
            public HeldFailure() {
                super("held");
            }
        }

        @JsonRpc
        public Multi<String> failing() {
            return Multi.createFrom().emitter(e -> {
                failingEmitter = e;
                failingSubscribed.countDown();
            });
        }

        /** Holds the stream's failure being mapped to its error until the test lets it go on. */
        @JsonRpcExceptionMapper
        public JsonRpcException map(HeldFailure failure) {
            mapping.countDown();
            try {
                mapped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new JsonRpcException(-32050, "Held");
        }
    }

    /**
     * A failure still being mapped by the application's exception mapper as the unsubscribe is answered sends no error
     * after the answer: the mapper runs in the stream, before the subscription sees the failure.
     */
    @Test
    void noErrorFollowsTheUnsubscribeAnswer() throws Exception {
        unsubscribedWhileHeld("failing", Scripted.failingSubscribed,
                () -> Scripted.failingEmitter.fail(new Scripted.HeldFailure()), Scripted.mapping, Scripted.mapped);
    }

    /** An item still being made a notification as the unsubscribe is answered is not sent after the answer. */
    @Test
    void noItemFollowsTheUnsubscribeAnswer() throws Exception {
        unsubscribedWhileHeld("heldItem", HeldStream.subscribed,
                () -> HeldStream.emitter.emit(new HeldStream.Item("late")), HeldStream.writing, HeldStream.written);
    }

    /**
     * Subscribes to {@code method} on a new connection and, once its stream has {@code started}, runs {@code push} on
     * another thread (an item or a failure into the stream), which holds as it signals {@code held} until
     * {@code released}: meanwhile the unsubscribe is answered. Once what was pushed has returned, handed to the
     * connection or dropped, the next message on the connection must be the answer to a later call.
     */
    private void unsubscribedWhileHeld(String method, CountDownLatch started, Runnable push, CountDownLatch held,
            CountDownLatch released) throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(started.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
            CompletableFuture<Void> pushed = CompletableFuture.runAsync(push);
            assertThat(held.await(10, TimeUnit.SECONDS)).as("what was pushed is held").isTrue();

            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"1\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":2}");
            released.countDown();
            pushed.get(10, TimeUnit.SECONDS);
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"nowhere\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":3}");
        }
    }

    @Test
    void closingTheConnectionCancelsEverySubscription() {
        int before = Streams.cancelled.get();
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}");
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":2}");
        // both subscriptions run once both answers are out; items of the first may come between them
        int answers = 0;
        while (answers < 2) {
            answers += Json.tree(client.next()).has("id") ? 1 : 0;
        }
        client.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> Streams.cancelled.get() == before + 2);
    }

    @Test
    void streamsAreNotServedOverHttp() {
        JsonNode ticks = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}")
                .get("error");
        assertThat(ticks.get("code").asInt()).isEqualTo(-32601);
        assertThat(ticks.get("data").asText()).contains("not served over HTTP");
        // and there is nothing to unsubscribe from: the reserved method is not served there either
        JsonNode unsubscribe = HttpRpc
                .answer("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"1\"],\"id\":2}")
                .get("error");
        assertThat(unsubscribe.get("code").asInt()).isEqualTo(-32601);
        assertThat(unsubscribe.get("data").asText()).isEqualTo("Method 'rpc.unsubscribe' is not served over HTTP");
    }

    /** One param, the id: none, a number, or one more than the id, by position or by name, say what it takes. */
    @ParameterizedTest
    @ValueSource(strings = { "[]", "[1]", "[\"1\",\"x\"]", "{\"subscription\":\"1\",\"x\":1}", "{\"id\":\"1\"}" })
    void unsubscribeTakesTheIdAlone(String params) {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":" + params
                    + ",\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":"
                            + "\"Invalid params: rpc.unsubscribe takes one param, the subscription id: [\\\"<id>\\\"] or"
                            + " {\\\"subscription\\\": \\\"<id>\\\"}\"},\"id\":1}");
        }
    }

    // a hot stream outrunning a client that stopped reading: by default the server does not buffer, it ends the
    // subscription with an error notification and closes the connection with a reason; the test is the hot source

    public static class Firehose {
        static final CountDownLatch subscribed = new CountDownLatch(1);
        static final AtomicBoolean ended = new AtomicBoolean();
        static volatile MultiEmitter<? super String> emitter;

        /** A source that cannot wait: an item emitted while the subscriber asks for none is an overflow. */
        @JsonRpc
        public Multi<String> firehose() {
            return Multi.createFrom().<String> emitter(e -> {
                emitter = e;
                subscribed.countDown();
            }, BackPressureStrategy.ERROR).onTermination().invoke(() -> ended.set(true));
        }

        /** A mapper of everything, which an overflow, the client's doing, is not for. */
        @JsonRpcExceptionMapper
        JsonRpcException anything(RuntimeException e) {
            return new JsonRpcException(-32099, "Anything");
        }
    }

    static final String ITEM = "x".repeat(1 << 20);

    public static class Burst {
        static final CountDownLatch subscribed = new CountDownLatch(1);
        static volatile MultiEmitter<? super Integer> emitter;

        /** A source that cannot wait, as {@link Firehose}. */
        @JsonRpc
        public Multi<Integer> burst() {
            return Multi.createFrom().<Integer> emitter(e -> {
                emitter = e;
                subscribed.countDown();
            }, BackPressureStrategy.ERROR);
        }
    }

    /**
     * A hot source that emits a few items in a row, faster than each is written: a client that reads them gets them
     * all, and no overflow (as when the server asked for one item at a time, each once the one before was written).
     */
    @Test
    void aBurstOfAHotSourceReachesAClientThatReads() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"burst\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(Burst.subscribed.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
            for (int i = 1; i <= 10; i++) {
                Burst.emitter.emit(i);
            }
            Burst.emitter.complete();
            for (int i = 1; i <= 10; i++) {
                assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":"
                        + "{\"subscription\":\"1\",\"result\":" + i + "}}");
            }
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":"
                    + "{\"subscription\":\"1\",\"complete\":true}}");
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void aClientThatReadsTooSlowlyIsToldAndClosed() throws Exception {
        try (LogWatch log = LogWatch.extension(); WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"firehose\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(Firehose.subscribed.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
            client.pauseReading();
            // what the socket buffers hold, and the 16 items the server lets be on their way to the client
            long bound = SocketBuffers.maxInFlight() / ITEM.length() + 16 + 3;
            for (long i = 0; i < bound && !Firehose.ended.get(); i++) {
                Firehose.emitter.emit(ITEM);
            }
            assertThat(Firehose.ended).as("the stream overflowed").isTrue();

            client.resumeReading();
            JsonNode params;
            do {
                params = Json.tree(client.next()).get("params");
            } while (params.has("result"));
            assertThat(params.get("subscription").asText()).isEqualTo("1");
            assertThat(params.get("error").toString()).isEqualTo("{\"code\":-32603,\"message\":\"Internal error\","
                    + "\"data\":\"Subscription 1 overflowed: the client reads too slowly\"}");
            assertThat(client.awaitClose())
                    .isEqualTo(new CloseStatus(1008, "Subscription 1 overflowed: the client reads too slowly"));
            // the client's doing: nothing above DEBUG
            assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() > Level.FINE.intValue())
                    .isEmpty();
        }
    }
}
