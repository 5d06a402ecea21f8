package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A WebSocket connection that sends and receives messages exactly as they are, for what {@link JsonRpcTestClient}
 * hides: the order in which messages arrive, malformed messages, frames a correct client would never send, a client
 * that stops reading, and how the server closes the connection.
 *
 * <pre>
 * try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
 *     connection.send("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}");
 *     assertEquals("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}", connection.next());
 * }
 * </pre>
 *
 * Every wait ends with an {@link AssertionError} after the timeout ({@link JsonRpcTestClient#DEFAULT_TIMEOUT} unless
 * {@link JsonRpcTestClient.Builder#timeout(Duration)} says otherwise).
 */
public final class WebSocketTestConnection implements AutoCloseable {

    /** Queued when the connection ends. */
    private static final ReceivedMessage END = new ReceivedMessage("", List.of(), false);
    private static final ObjectMapper PROBE_READER = new ObjectMapper();

    private final FrameSocket socket;
    private final Duration timeout;
    private final BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();
    private final AtomicLong probes = new AtomicLong();
    /** The pings waiting for their pongs, by payload: each its own, whichever thread sent it. */
    private final Map<String, CompletableFuture<Void>> pings = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private WebSocketTestConnection(URI endpoint, JsonRpcTestClient.Builder settings) {
        this.timeout = settings.timeout();
        this.socket = FrameSocket.connect(JsonRpcTestClient.Builder.webSocketUri(endpoint), settings.headers(), timeout,
                settings.tls(), new FrameSocket.Listener() {
                    @Override
                    public void onText(ReceivedMessage message) {
                        received.add(message);
                    }

                    @Override
                    public void onClose(CloseStatus status) {
                        // wakes a reader waiting for a message, or a pong, that will not come
                        received.add(END);
                        closed = true;
                        pings.values().forEach(ping -> ping.completeExceptionally(new ClosedException()));
                    }

                    @Override
                    public void onPong(byte[] payload) {
                        // a pong nobody waits for (unsolicited, or late) is dropped
                        CompletableFuture<Void> ping = pings.remove(new String(payload, StandardCharsets.UTF_8));
                        if (ping != null) {
                            ping.complete(null);
                        }
                    }
                });
    }

    /**
     * Opens a connection; an {@code http(s)://} URI is taken as its {@code ws(s)://} twin.
     *
     * @throws UpgradeRejectedException when the server refuses the upgrade
     */
    public static WebSocketTestConnection open(URI endpoint) {
        return JsonRpcTestClient.builder().connection(endpoint);
    }

    /** Opens a connection with these headers on the upgrade request. */
    public static WebSocketTestConnection open(URI endpoint, Map<String, String> headers) {
        JsonRpcTestClient.Builder builder = JsonRpcTestClient.builder();
        headers.forEach(builder::header);
        return builder.connection(endpoint);
    }

    static WebSocketTestConnection open(URI endpoint, JsonRpcTestClient.Builder settings) {
        return new WebSocketTestConnection(endpoint, settings);
    }

    /** Sends a text message. */
    public void send(String message) {
        socket.sendText(message);
    }

    /** Sends a binary message. */
    public void sendBinary(byte[] message) {
        socket.sendBinary(message);
    }

    /**
     * Sends one text message in as many frames as there are fragments, each holding the bytes as given: nothing checks
     * that they are UTF-8, or that a fragment ends between two characters.
     */
    public void sendFragments(byte[]... fragments) {
        socket.sendFragments(fragments);
    }

    /**
     * Sends a ping and waits for its pong. A server reads a connection's frames in order, so when this returns it has
     * read everything sent before: what it did with those messages, it did when it read them. Unlike
     * {@link #assertNothingReceived()}, this sends no JSON-RPC message.
     */
    public void ping() {
        String payload = "ping-" + probes.incrementAndGet();
        CompletableFuture<Void> pong = new CompletableFuture<>();
        pings.put(payload, pong);
        try {
            if (closed) {
                throw new ClosedException();
            }
            socket.sendPing(payload.getBytes(StandardCharsets.UTF_8));
            pong.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ClosedException | ExecutionException e) {
            throw new AssertionError("No pong to " + payload + ": the connection closed (" + socket.closeStatus() + ")");
        } catch (TimeoutException e) {
            throw new AssertionError("No pong to " + payload + " within " + timeout + socket.whilePaused("its pong too"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the pong to " + payload, e);
        } finally {
            pings.remove(payload);
        }
    }

    /** The connection ended before a ping's pong came. */
    private static final class ClosedException extends RuntimeException {
        ClosedException() {
            super(null, null, false, false);
        }
    }

    /** Sends a message and returns the next one received, usually its answer. */
    public String call(String message) {
        send(message);
        return next();
    }

    /**
     * The next text message received.
     *
     * @throws AssertionError when none arrives within the timeout, or the connection closes first
     */
    public String next() {
        return nextMessage().text();
    }

    /**
     * The next text message received, with how it came: the frames it was split into, whether it was compressed.
     *
     * @throws AssertionError when none arrives within the timeout, or the connection closes first
     */
    public ReceivedMessage nextMessage() {
        ReceivedMessage message;
        try {
            message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a message", e);
        }
        if (message == null) {
            throw new AssertionError("No message received within " + timeout + socket.whilePaused("messages too"));
        }
        if (message == END) {
            received.add(END);
            throw new AssertionError("No message received: the connection closed (" + socket.closeStatus() + ")");
        }
        return message;
    }

    /**
     * Asserts that no message is waiting to be read. Silence alone proves nothing, so this sends a probe, a request
     * for the reserved method {@code rpc.probe} that a JSON-RPC server answers with an error, and expects that answer
     * to be the next message: whatever the server sent before it handled the probe arrives first and fails the
     * assertion. (Answers to calls still running may come later: the probe does not wait for them.)
     */
    public void assertNothingReceived() {
        String id = "probe-" + probes.incrementAndGet();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.probe\",\"id\":\"" + id + "\"}");
        String message = next();
        if (!isAnswerTo(id, message)) {
            throw new AssertionError("Expected nothing before the answer to the probe " + id + ", but received "
                    + message);
        }
    }

    /** A response whose id is the probe's, however the server writes its JSON. */
    private static boolean isAnswerTo(String id, String message) {
        JsonNode json;
        try {
            json = PROBE_READER.readTree(message);
        } catch (JsonProcessingException e) {
            return false;
        }
        return json != null && json.isObject() && !json.has("method") && json.path("id").isTextual()
                && json.get("id").asText().equals(id);
    }

    /**
     * A header of the server's answer to the upgrade request, {@code null} when absent: the extensions it agreed to
     * ({@code Sec-WebSocket-Extensions}, offered by adding that header to the request), its subprotocol.
     */
    public String handshakeHeader(String name) {
        return socket.handshakeHeader(name);
    }

    /**
     * The bytes of the messages received so far, as they came on the wire: compressed, when the server agreed to
     * permessage-deflate (the messages read with {@link #next()} are inflated).
     */
    public long bytesReceived() {
        return socket.bytesReceived();
    }

    /** Stops reading: what the server sends waits in the socket buffers, and then in the server. */
    public void pauseReading() {
        socket.pauseReading();
    }

    /** Reads again, from where {@link #pauseReading()} stopped. */
    public void resumeReading() {
        socket.resumeReading();
    }

    /**
     * Waits for the server to close the connection; how it did. Messages received before stay readable with
     * {@link #next()}. Reading must not be paused: the close frame comes after what the server sent before it.
     *
     * @throws AssertionError when the connection is still open after the timeout
     */
    public CloseStatus awaitClose() {
        return socket.awaitClose();
    }

    /**
     * Waits at most {@code wait} for the server to close the connection, rather than the client's timeout; how it did.
     *
     * @throws AssertionError when the connection is still open after {@code wait}
     */
    public CloseStatus awaitClose(Duration wait) {
        return socket.awaitClose(wait);
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    /**
     * Drops the connection without a closing handshake, as a client whose network fails would; it ends with {@code 1006}
     * "dropped by the client", paused or not.
     */
    public void abort() {
        socket.abort();
    }

    /**
     * Drops the connection with a TCP reset, as a client process that is killed or a middlebox that gives up would:
     * the server's next read or write fails with "Connection reset".
     */
    public void reset() {
        socket.reset();
    }

    /**
     * Closes the connection with {@code 1000}, waiting for the server to answer the close frame.
     *
     * @throws AssertionError when the server has not answered within the timeout; the connection is dropped then
     */
    @Override
    public void close() {
        socket.close(1000, "");
    }
}
