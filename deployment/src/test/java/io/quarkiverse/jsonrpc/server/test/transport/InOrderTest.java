package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

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
 * them: the second waits until the first is answered, whatever thread each runs on, notifications included.
 */
public class InOrderTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Steps.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.in-order", "true")
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
}
