package io.quarkiverse.jsonrpc.server.test.push;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

/** A WebSocket client for push tests: frames as JSON trees, the close code and reason, and pausing reads. */
final class PushClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();

    private PushClient(WebSocket socket) {
        this.socket = socket;
        try {
            socket.textMessageHandler(text -> frames.add(Json.tree(text)));
            socket.closeHandler(v -> closed.complete(socket.closeStatusCode() + " " + socket.closeReason()));
        } catch (IllegalStateException alreadyClosed) {
            // the server may close the connection before the handlers are set: it has said why already
            closed.complete(socket.closeStatusCode() + " " + socket.closeReason());
        }
    }

    static PushClient connect(Vertx vertx, URI uri) {
        return connect(vertx.createWebSocketClient(), uri, Map.of());
    }

    static Future<WebSocket> open(WebSocketClient client, URI uri, Map<String, String> headers) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath());
        headers.forEach(options::addHeader);
        return client.connect(options);
    }

    static PushClient connect(WebSocketClient client, URI uri, Map<String, String> headers) {
        return new PushClient(open(client, uri, headers).toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join());
    }

    void send(String text) {
        socket.writeTextMessage(text).toCompletionStage().toCompletableFuture().join();
    }

    JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("No frame within 10 s");
        }
        return frame;
    }

    JsonNode poll(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    JsonNode call(String request) throws InterruptedException {
        send(request);
        return next();
    }

    /** "code reason" once the server closed the connection. */
    String awaitClose(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    void pause() {
        socket.pause();
    }

    void resume() {
        socket.resume();
    }

    @Override
    public void close() {
        socket.close();
    }
}
