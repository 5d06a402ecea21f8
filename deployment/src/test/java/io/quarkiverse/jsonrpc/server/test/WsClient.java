package io.quarkiverse.jsonrpc.server.test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/** A plain Vert.x WebSocket client: sends text frames, queues the frames it receives. */
public final class WsClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    private WsClient(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(received::add);
    }

    public static WsClient connect(Vertx vertx, URI uri) {
        return connect(vertx, uri, Map.of());
    }

    /** Connects with extra headers on the upgrade request. */
    public static WsClient connect(Vertx vertx, URI uri, Map<String, String> headers) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath());
        headers.forEach(options::addHeader);
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join();
        return new WsClient(socket);
    }

    public void send(String text) {
        socket.writeTextMessage(text).toCompletionStage().toCompletableFuture().join();
    }

    /** The next frame, failing after the timeout. */
    public String next(Duration timeout) throws InterruptedException {
        String frame = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("No frame received within " + timeout);
        }
        return frame;
    }

    /** The next frame, or null when none arrives in time. */
    public String poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String call(String request) throws InterruptedException {
        send(request);
        return next(Duration.ofSeconds(10));
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        socket.close();
    }
}
