package io.quarkiverse.jsonrpc.server.test.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's WebSocket client, for the pings the server sends (answered with pongs, as the JDK does by itself): the
 * test client answers them too, but does not tell.
 */
final class JdkSocket implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> texts;
    private final BlockingQueue<Object> pings;
    private final CompletableFuture<String> ended;

    private JdkSocket(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.texts = listener.texts;
        this.pings = listener.pings;
        this.ended = listener.ended;
    }

    static JdkSocket connect(URI http) {
        Listener listener = new Listener();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, listener).orTimeout(10, TimeUnit.SECONDS).join();
        return new JdkSocket(socket, listener);
    }

    String call(String request) throws InterruptedException {
        socket.sendText(request, true).orTimeout(10, TimeUnit.SECONDS).join();
        String answer = texts.poll(10, TimeUnit.SECONDS);
        if (answer == null) {
            throw new AssertionError("No answer to " + request + " within 10s");
        }
        return answer;
    }

    /** Waits for the next ping from the server; fails after the timeout. */
    void awaitPing(Duration timeout) throws InterruptedException {
        if (pings.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) == null) {
            throw new AssertionError("No ping within " + timeout);
        }
    }

    boolean isOpen() {
        return !ended.isDone() && !socket.isInputClosed() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {

        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final BlockingQueue<Object> pings = new LinkedBlockingQueue<>();
        final CompletableFuture<String> ended = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            pings.add(Boolean.TRUE);
            // the default answers with a pong and asks for the next message
            return WebSocket.Listener.super.onPing(webSocket, message);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.complete("close " + statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended.complete("error " + error);
        }
    }
}
