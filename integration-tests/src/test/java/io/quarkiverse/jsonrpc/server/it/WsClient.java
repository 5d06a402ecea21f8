package io.quarkiverse.jsonrpc.server.it;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * A plain Vert.x WebSocket client: sends text frames (and, to see what the server does with them, binary frames and
 * text frames of arbitrary bytes) and queues the text frames it receives.
 */
public final class WsClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebSocketClient client;
    private final WebSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    private WsClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(received::add);
    }

    public static WsClient connect(Vertx vertx, URI uri) {
        return connect(vertx, uri, Map.of());
    }

    /** Connects with these headers on the upgrade request. */
    public static WsClient connect(Vertx vertx, URI uri, Map<String, String> headers) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath());
        headers.forEach(options::addHeader);
        WebSocketClient client = vertx.createWebSocketClient();
        WebSocket socket = client.connect(options).toCompletionStage().toCompletableFuture()
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        return new WsClient(client, socket);
    }

    public void send(String text) {
        await(socket.writeTextMessage(text));
    }

    public void sendBinary(byte[] bytes) {
        await(socket.writeBinaryMessage(Buffer.buffer(bytes)));
    }

    /** Sends bytes as a text frame without checking that they are UTF-8, as a faulty client would. */
    public void sendTextFrame(byte[] payload) {
        sendFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, payload, true));
    }

    public void sendFrame(WebSocketFrame frame) {
        await(socket.writeFrame(frame));
    }

    /** The next text frame, failing when none arrives in time. */
    public String next() {
        String frame = poll(TIMEOUT);
        if (frame == null) {
            throw new AssertionError("No frame received within " + TIMEOUT);
        }
        return frame;
    }

    /** The next text frame, or {@code null} when none arrives in time. */
    public String poll(Duration timeout) {
        try {
            return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a frame", e);
        }
    }

    public String call(String request) {
        send(request);
        return next();
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        socket.close();
        client.close();
    }

    private static void await(Future<Void> write) {
        write.toCompletionStage().toCompletableFuture().orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
