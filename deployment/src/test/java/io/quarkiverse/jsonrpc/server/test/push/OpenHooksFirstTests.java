package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * What a client sends while the open hooks run waits for them, as a Channels consumer's messages wait for its
 * {@code connect}: a connection the hooks turn away has none of its calls served, and one they accept has its calls
 * served after them, in the order sent. The ping after the calls proves the server had read them before the hook
 * decided. Run with the frames read directly ({@link OpenHooksFirstTest}) and through websockets-next
 * ({@link OpenHooksFirstThroughWebSocketsNextTest}).
 */
public abstract class OpenHooksFirstTests {

    public static class Doorman {

        /** Released when the open hook starts. */
        static final Semaphore deciding = new Semaphore(0);
        /** What the open hook waits for: {@code true} lets the connection in. */
        static volatile CompletableFuture<Boolean> verdict = new CompletableFuture<>();
        /** The connection whose open hook started last. */
        static volatile String decidingConnection;
        /** The connections closed on the server, as their close hooks ran. */
        static final LinkedBlockingQueue<String> closed = new LinkedBlockingQueue<>();
        /** The calls of {@link #enter} served. */
        static final Queue<Integer> entered = new ConcurrentLinkedQueue<>();

        @OnJsonRpcOpen
        Uni<Void> decide(JsonRpcContext context) {
            decidingConnection = context.connectionId();
            deciding.release();
            return Uni.createFrom().completionStage(verdict).invoke(admitted -> {
                if (!admitted) {
                    throw new JsonRpcException(-32001, "Not today");
                }
                context.userData().put("admitted", "yes");
            }).replaceWithVoid();
        }

        /** On the event loop: answered in the pass that reads it, unless it is held. */
        @JsonRpc
        @NonBlocking
        public String enter(JsonRpcContext context, int n) {
            entered.add(n);
            return n + " admitted: " + context.userData().get("admitted");
        }

        @OnJsonRpcClose
        void closed(JsonRpcContext context) {
            closed.add(context.connectionId());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aConnectionTurnedAwayHasNoCallServed() throws InterruptedException {
        Doorman.verdict = new CompletableFuture<>();
        Doorman.entered.clear();
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(Doorman.deciding.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        String connection = Doorman.decidingConnection;
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[1],\"id\":1}");
        client.ping();
        Doorman.verdict.complete(false);
        assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, "Not today"));
        // and nothing came before it
        assertThatThrownBy(client::next).hasMessage("No message received: the connection closed (1008 Not today)");
        // nor was it served unanswered: the close hooks, which run for a rejected connection too, come after its calls
        awaitCloseHookOf(connection);
        assertThat(Doorman.entered).isEmpty();
    }

    @Test
    void aConnectionLetInHasItsCallsServedAfterTheHooks() throws InterruptedException {
        Doorman.verdict = new CompletableFuture<>();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(Doorman.deciding.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[1],\"id\":1}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[2],\"id\":2}");
            client.ping();
            Doorman.verdict.complete(true);
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1 admitted: yes\",\"id\":1}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"2 admitted: yes\",\"id\":2}");
        }
    }

    /** As many as may wait to be written: max(1024, 4 × max-calls-in-flight), 1024 by default. */
    @Test
    void aConnectionThatSendsTooMuchBeforeItIsLetInIsClosed() throws InterruptedException {
        Doorman.verdict = new CompletableFuture<>();
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(Doorman.deciding.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 1025; i++) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[" + i + "],\"id\":" + i + "}");
        }
        assertThat(client.awaitClose())
                .isEqualTo(new CloseStatus(1008, "Too many messages before the connection was opened"));
        assertThatThrownBy(client::next).hasMessage("No message received: the connection closed (1008 Too many"
                + " messages before the connection was opened)");
        Doorman.verdict.complete(true);
    }

    /**
     * As many bytes as may wait to be written: four times {@code limits.max-response-size}, here 256 KiB (262,144
     * bytes). 4 messages of 60,000 bytes fit, the 5th does not.
     */
    @Test
    void aConnectionThatSendsTooManyBytesBeforeItIsLetInIsClosed() throws InterruptedException {
        Doorman.verdict = new CompletableFuture<>();
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(Doorman.deciding.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 5; i++) {
            String call = "{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[" + i + "],\"id\":" + i
                    + ",\"pad\":\"\"}";
            client.send(call.replace("\"pad\":\"", "\"pad\":\"" + "x".repeat(60_000 - call.length())));
        }
        assertThat(client.awaitClose())
                .isEqualTo(new CloseStatus(1008, "Too many messages before the connection was opened"));
        Doorman.verdict.complete(true);
    }

    /**
     * A connection closed for sending too much before it was let in stays closed to its calls when the hooks let it in
     * after all: what it still sends before it answers the close is dropped, not served. The JDK's client answers the
     * server's close only once told to, which leaves the time to let the connection in and send one more call; the
     * close hook, which runs once the server has read that answer, and so the call before it, says when to look.
     */
    @Test
    void aConnectionClosedForSendingTooMuchIsNotServedWhenTheHooksLetItIn() throws Exception {
        Doorman.verdict = new CompletableFuture<>();
        Doorman.entered.clear();
        CompletableFuture<String> serverClosed = new CompletableFuture<>();
        CompletableFuture<Void> answerTheClose = new CompletableFuture<>();
        WebSocket client = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(uri.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        serverClosed.complete(statusCode + " " + reason);
                        return answerTheClose;
                    }
                }).get(10, TimeUnit.SECONDS);
        assertThat(Doorman.deciding.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        String connection = Doorman.decidingConnection;
        for (int i = 1; i <= 1025; i++) {
            client.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[" + i + "],\"id\":" + i + "}",
                    true).get(10, TimeUnit.SECONDS);
        }
        assertThat(serverClosed.get(10, TimeUnit.SECONDS))
                .isEqualTo("1008 Too many messages before the connection was opened");
        Doorman.verdict.complete(true);
        client.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"enter\",\"params\":[1026],\"id\":1026}", true)
                .get(10, TimeUnit.SECONDS);
        answerTheClose.complete(null);
        awaitCloseHookOf(connection);
        assertThat(Doorman.entered).isEmpty();
    }

    /** Waits for the close hook of the connection, past those of earlier connections. */
    private static void awaitCloseHookOf(String connection) throws InterruptedException {
        String closed;
        do {
            closed = Doorman.closed.poll(10, TimeUnit.SECONDS);
            assertThat(closed).as("the close hook of connection %s", connection).isNotNull();
        } while (!closed.equals(connection));
    }
}
