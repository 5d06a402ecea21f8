package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * With websocket.in-order, a connection's messages are served one at a time, as a Django Channels consumer serves
 * them: the second waits until the first is answered, whatever thread each runs on, notifications included; other
 * connections are not held up.
 */
public class InOrderTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Steps.class, Queued.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.in-order", "true")
            // what may wait for its turn: four times this, 256 KiB
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-response-size", "64K")
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc.server.runtime.transport\".level", "DEBUG");

    public static class Steps {
        static final List<String> seen = new CopyOnWriteArrayList<>();
        static volatile CompletableFuture<String> release = new CompletableFuture<>();

        /** On the event loop: answered when the test says so. */
        @JsonRpc
        public Uni<String> first() {
            seen.add("first");
            return Uni.createFrom().completionStage(release).invoke(() -> seen.add("first answered"));
        }

        /** On a worker thread. */
        @JsonRpc
        public String second() {
            seen.add("second");
            return "second";
        }

        @JsonRpc
        public void note(String text) {
            seen.add(text);
        }
    }

    /** Three calls, the first two answered when the test says so. */
    public static class Queued {
        static final List<String> seen = new CopyOnWriteArrayList<>();
        static final CompletableFuture<String> first = new CompletableFuture<>();
        static final CompletableFuture<String> second = new CompletableFuture<>();

        @JsonRpc
        public Uni<String> queuedFirst() {
            seen.add("first");
            return Uni.createFrom().completionStage(first);
        }

        @JsonRpc
        public Uni<String> queuedSecond() {
            seen.add("second");
            return Uni.createFrom().completionStage(second);
        }

        @JsonRpc
        public String queuedThird() {
            seen.add("third");
            return "third";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aMessageWaitsUntilTheOneBeforeItIsAnswered() throws Exception {
        Steps.seen.clear();
        Steps.release = new CompletableFuture<>();
        try (LogWatch log = LogWatch.under("io.quarkiverse.jsonrpc.server.runtime.transport");
                WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"first\",\"id\":1}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"note\",\"params\":[\"a notification\"]}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"second\",\"id\":2}");
            // read, and waiting its turn: the first is still running
            log.await("a message waits for the one before it to be answered", Duration.ofSeconds(30));
            assertThat(Steps.seen).containsExactly("first");

            Steps.release.complete("first");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"first\",\"id\":1}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"second\",\"id\":2}");
            assertThat(Steps.seen).containsExactly("first", "first answered", "a notification", "second");
        }
    }

    /** A message that arrives while one taken from the queue is served waits for it, as one behind the first did. */
    @Test
    void aMessageArrivingWhileAQueuedOneIsServedWaitsForIt() throws Exception {
        String waits = "a message waits for the one before it to be answered";
        try (LogWatch log = LogWatch.under("io.quarkiverse.jsonrpc.server.runtime.transport");
                WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"queuedFirst\",\"id\":1}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"queuedSecond\",\"id\":2}");
            log.await(waits, Duration.ofSeconds(30));
            Queued.first.complete("first");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"first\",\"id\":1}");
            await().atMost(Duration.ofSeconds(30)).until(() -> Queued.seen.contains("second"));
            // the second, taken from the queue, is being served: the third waits, and says so
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"queuedThird\",\"id\":3}");
            await().atMost(Duration.ofSeconds(30)).until(() -> log.records().stream()
                    .filter(record -> LogWatch.message(record).contains(waits)).count() == 2
                    || Queued.seen.contains("third"));
            assertThat(Queued.seen).containsExactly("first", "second");
            Queued.second.complete("second");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"second\",\"id\":2}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"third\",\"id\":3}");
        }
    }

    /** A call held on one connection holds up that connection's messages only. */
    @Test
    void anotherConnectionIsNotHeldUp() {
        Steps.seen.clear();
        Steps.release = new CompletableFuture<>();
        try (WebSocketTestConnection held = WebSocketTestConnection.open(uri);
                WebSocketTestConnection other = WebSocketTestConnection.open(uri)) {
            held.send("{\"jsonrpc\":\"2.0\",\"method\":\"first\",\"id\":1}");
            await().atMost(Duration.ofSeconds(30)).until(() -> Steps.seen.contains("first"));
            assertThat(other.call("{\"jsonrpc\":\"2.0\",\"method\":\"second\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"second\",\"id\":2}");
            Steps.release.complete("first");
            assertThat(held.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"first\",\"id\":1}");
        }
    }

    /** Held behind a call that does not end, more messages than the bound of unread ones close the connection. */
    @Test
    void tooManyMessagesAheadOfTheirTurnCloseTheConnection() {
        Steps.release = new CompletableFuture<>();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"first\",\"id\":1}");
            // the bound: max(1024, 4 x max-calls-in-flight), here 1024; the one after it closes the connection
            for (int i = 0; i <= 1024; i++) {
                client.send("{\"jsonrpc\":\"2.0\",\"method\":\"second\",\"id\":" + (i + 2) + "}");
            }
            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, "Too many messages ahead of their turn"));
        }
    }

    /**
     * And more bytes than the bound: four times {@code limits.max-response-size}, here 256 KiB (262,144 bytes). 4
     * messages of 60,000 bytes fit, the 5th does not.
     */
    @Test
    void tooManyBytesAheadOfTheirTurnCloseTheConnection() {
        Steps.release = new CompletableFuture<>();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"first\",\"id\":1}");
            for (int i = 1; i <= 5; i++) {
                String call = "{\"jsonrpc\":\"2.0\",\"method\":\"second\",\"id\":" + (i + 1) + ",\"pad\":\"\"}";
                client.send(call.replace("\"pad\":\"", "\"pad\":\"" + "x".repeat(60_000 - call.length())));
            }
            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, "Too many messages ahead of their turn"));
        }
    }
}
