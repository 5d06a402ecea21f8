package io.quarkiverse.jsonrpc.server.it.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JDK's own WebSocket client: frames in a queue, as JSON trees. */
public final class JdkWebSocketClient implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final java.util.Queue<JsonNode> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private JdkWebSocketClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
    }

    public static JdkWebSocketClient connect(URI uri) {
        return new JdkWebSocketClient(uri);
    }

    public void send(String text) {
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Sends a request and returns its response; notifications arriving meanwhile stay queued for next(). */
    public JsonNode call(String request) throws InterruptedException {
        send(request);
        java.util.List<JsonNode> notifications = new java.util.ArrayList<>();
        JsonNode frame;
        while (!(frame = take(frames, Duration.ofSeconds(10))).has("id")) {
            notifications.add(frame);
        }
        notifications.forEach(pending::add);
        return frame;
    }

    public JsonNode next(Duration timeout) throws InterruptedException {
        JsonNode waiting = pending.poll();
        return waiting != null ? waiting : take(frames, timeout);
    }

    private static JsonNode take(BlockingQueue<JsonNode> queue, Duration timeout) throws InterruptedException {
        JsonNode frame = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("No frame within " + timeout);
        }
        return frame;
    }

    public JsonNode poll(Duration timeout) throws InterruptedException {
        JsonNode waiting = pending.poll();
        return waiting != null ? waiting : frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(MAPPER.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
