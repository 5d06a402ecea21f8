package io.quarkiverse.jsonrpc.server.testing;

import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.BINARY;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.CLOSE;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.CONTINUATION;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.PING;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.TEXT;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * The client side of one WebSocket connection (RFC 6455) on a plain socket: the opening handshake, frames out (masked,
 * as a client's must be), the closing handshake, and a {@link FrameReader} thread that hands each complete message to
 * a {@link Listener}.
 * <p>
 * Written here rather than taken from the JDK so that a test can do what a correct client never would: send bytes
 * that are not UTF-8 in a text frame, split a message inside a character, and stop reading so that the server's
 * writes back up in the socket buffers. Pings are answered. No extension is offered unless the caller adds the
 * {@code Sec-WebSocket-Extensions} header; if the server then agrees to permessage-deflate, compressed messages are
 * inflated (the client's own go out uncompressed, which the extension allows).
 */
final class FrameSocket {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** As long as a browser waits for the server to close TCP after the closing handshake. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    /** Called from the reader thread, one message at a time. */
    interface Listener {

        void onText(ReceivedMessage message);

        /** Once, when the connection has ended: the server's close frame, or 1006 when it just went away. */
        void onClose(CloseStatus status);

        /** The server's answer to a {@link #sendPing ping}, with its payload. */
        default void onPong(byte[] payload) {
        }
    }

    private final Socket socket;
    private final OutputStream out;
    /** What the opening of a connection is given at least, however short the client's timeout. */
    static final Duration OPENING_AT_LEAST = Duration.ofSeconds(30);
    private final Duration timeout;
    private final ExecutorService writer;
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    /** Set by whichever sends the one close frame of the client: the test thread closing, or the reader answering. */
    private final AtomicBoolean closeSent = new AtomicBoolean();
    private final Listener listener;
    private final Map<String, String> handshake;
    private final FrameReader reader;

    private FrameSocket(Socket socket, InputStream in, Duration timeout, Listener listener,
            Map<String, String> handshake) throws IOException {
        String name = "ws-test-client-" + THREADS.incrementAndGet();
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.timeout = timeout;
        this.writer = Executors.newSingleThreadExecutor(task -> DaemonThreads.of(task, name + "-writer"));
        this.listener = listener;
        this.handshake = handshake;
        this.reader = new FrameReader(this, in, listener,
                MessageInflater.agreedIn(handshake.getOrDefault("sec-websocket-extensions", "")));
        DaemonThreads.of(reader, name + "-reader").start();
    }

    /**
     * Opens the connection: the upgrade request with the given headers, checked as RFC 6455 says.
     *
     * @param tls for {@code wss}; {@code null} for the JDK's default context
     * @throws UpgradeRejectedException when the server answers with anything but {@code 101}
     */
    static FrameSocket connect(URI endpoint, Map<String, String> headers, Duration timeout, SSLContext tls,
            Listener listener) {
        boolean secure = "wss".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme());
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : secure ? 443 : 80;
        // a short timeout is for the waits a test means to fail (a message that must not come): the opening, which
        // must succeed, and which a busy machine can make take over a second, is given OPENING_AT_LEAST
        Duration opening = timeout.compareTo(OPENING_AT_LEAST) < 0 ? OPENING_AT_LEAST : timeout;
        Socket socket = null;
        try {
            socket = OpeningHandshake.open(endpoint, port, secure, opening, tls);
            // the handshake must answer in time; afterwards the reader waits as long as the connection lives
            socket.setSoTimeout((int) opening.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String key = Base64.getEncoder().encodeToString(FrameCodec.randomBytes(16));
            OpeningHandshake.writeRequest(socket.getOutputStream(), endpoint, port, secure, key, headers);
            Map<String, String> handshake = OpeningHandshake.readResponse(in, endpoint, key);
            socket.setSoTimeout(0);
            return new FrameSocket(socket, in, timeout, listener, handshake);
        } catch (IOException | GeneralSecurityException e) {
            closeQuietly(socket);
            throw new AssertionError("Could not open a WebSocket connection to " + endpoint + ": " + e, e);
        } catch (RuntimeException | AssertionError e) {
            closeQuietly(socket);
            throw e;
        }
    }

    // --- sending

    void sendText(String text) {
        send(TEXT, text.getBytes(StandardCharsets.UTF_8), "a text message");
    }

    void sendBinary(byte[] bytes) {
        send(BINARY, bytes, "a binary message");
    }

    void sendPing(byte[] payload) {
        send(PING, payload, "a ping");
    }

    /**
     * One text message in as many frames as fragments; the bytes go as they are. The frames are written in one go: RFC
     * 6455 section 5.4 forbids the frames of a message sent at the same time from another thread to come between them.
     */
    void sendFragments(byte[]... fragments) {
        if (fragments.length == 0) {
            throw new IllegalArgumentException("A message has at least one fragment");
        }
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (int i = 0; i < fragments.length; i++) {
            frames.writeBytes(FrameCodec.encode(i == 0 ? TEXT : CONTINUATION, i == fragments.length - 1, fragments[i]));
        }
        write(TEXT, frames.toByteArray(), "a message in " + fragments.length + " fragments");
    }

    /** Starts the closing handshake and waits for the server's answer to it. */
    CloseStatus close(int code, String reason) {
        if (!closed.isDone() && closeSent.compareAndSet(false, true)) {
            try {
                send(CLOSE, FrameCodec.closePayload(code, reason), "the close frame");
            } catch (AssertionError alreadyGone) {
                abort();
            }
        }
        resumeReading();
        try {
            return awaitEnd(timeout, () -> "The server did not answer the close frame within " + timeout
                    + ": the client dropped the connection");
        } finally {
            abort();
        }
    }

    /** Drops the connection without a closing handshake, as a client that crashes would. */
    void abort() {
        // first, so that the reader, whose read the closed socket fails, knows who ended the connection
        reader.stop();
        // before the socket closes, while a write in progress still holds the writer: the messages queued behind it are
        // not sent, and their senders learn it now (a task shutdownNow() takes off the queue never completes its Future,
        // so they would otherwise wait the whole timeout, then blame a server that does not read)
        for (Runnable queued : writer.shutdownNow()) {
            ((Future<?>) queued).cancel(false);
        }
        closeQuietly(socket);
    }

    /** Closes with a TCP reset rather than a FIN: what is unsent is dropped and the server's next read fails. */
    void reset() {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // closed already: nothing to reset
        }
        abort();
    }

    // --- receiving

    void pauseReading() {
        reader.pause();
    }

    void resumeReading() {
        reader.resume();
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    /** How the connection ended; waits up to {@code wait} for it to end. */
    CloseStatus awaitClose(Duration wait) {
        return awaitEnd(wait, () -> "The connection was still open after " + wait + whilePaused("a close frame too"));
    }

    /**
     * What a wait that timed out adds while reading is paused: what the server sent, {@code what} among it, waits
     * unread. Empty while reading.
     */
    String whilePaused(String what) {
        return reader.paused() ? ", with reading paused: what the server sent waits unread, " + what
                + "; resumeReading() first" : "";
    }

    /** How the connection ended; waits up to the timeout for it to end. */
    CloseStatus awaitClose() {
        return awaitClose(timeout);
    }

    private CloseStatus awaitEnd(Duration wait, Supplier<String> timedOut) {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(timedOut.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the connection to close", e);
        }
    }

    /** A header of the server's {@code 101} answer to the upgrade; {@code null} when absent. */
    String handshakeHeader(String name) {
        return handshake.get(name.toLowerCase(Locale.ROOT));
    }

    /** The payload bytes of the messages received, as they came on the wire (compressed, if they were). */
    long bytesReceived() {
        return reader.bytesReceived();
    }

    /** How the connection ended; {@code null} while it is open. */
    CloseStatus closeStatus() {
        return closed.getNow(null);
    }

    /** One frame that is a message or a control frame whole; from the reader too (its pongs). */
    void send(int opcode, byte[] payload, String what) {
        write(opcode, FrameCodec.encode(opcode, true, payload), what);
    }

    /** The bytes of one or more frames, the first of them of {@code opcode}. */
    private void write(int opcode, byte[] frames, String what) {
        CloseStatus status = closed.getNow(null);
        if (status != null && opcode != CLOSE) {
            throw new AssertionError("Cannot send " + what + ": the connection is closed (" + status + ")");
        }
        // a write blocks while the server does not read: it is bounded like every other wait
        try {
            writer.submit(() -> {
                out.write(frames);
                out.flush();
                return null;
            }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort();
            throw new NotSentInTime("Could not send " + what + " within " + timeout + ": the server does not read");
        } catch (ExecutionException e) {
            throw new AssertionError("Could not send " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while sending " + what, e);
        } catch (RejectedExecutionException | CancellationException e) {
            throw new AssertionError("Cannot send " + what + ": the connection is closed");
        }
    }

    /**
     * A write the server did not take within the timeout: the client dropped the connection, and the status its reader
     * then records is the client's own doing, not the reason the write failed.
     */
    static final class NotSentInTime extends AssertionError {

        NotSentInTime(String message) {
            super(message);
        }
    }

    // --- ending, for the reader

    boolean closeSent() {
        return closeSent.get();
    }

    /** The server's close frame, answered with the status it carries (RFC 6455 section 5.5.1); that status. */
    CloseStatus answerClose(byte[] payload) {
        CloseStatus status = FrameCodec.closeStatus(payload);
        if (closeSent.compareAndSet(false, true)) {
            try {
                send(CLOSE, payload.length >= 2 ? FrameCodec.closePayload(status.code(), "") : new byte[0],
                        "the close frame");
            } catch (AssertionError ignored) {
                // the server may have dropped the connection right after its close frame
            }
        }
        return status;
    }

    /**
     * After the closing handshake the server closes TCP; if it does not, the client does once the close timeout has
     * passed (RFC 6455 section 7.1.1): then the reader's wait ends. The timeout is short, and within half the client's
     * timeout, so that the calls waiting when the close frame came learn its status rather than time out.
     */
    void startCloseTimeout() throws IOException {
        // never 0, which is no timeout at all
        socket.setSoTimeout((int) Math.max(1, Math.min(CLOSE_TIMEOUT.toMillis(), timeout.toMillis() / 2)));
    }

    /** RFC 6455 section 7.1.7: the client fails the connection, and says why. */
    void failConnection(int code, String why) {
        try {
            if (closeSent.compareAndSet(false, true)) {
                send(CLOSE, FrameCodec.closePayload(code, ""), "the close frame");
            }
        } catch (AssertionError ignored) {
            // nothing more to tell the server
        }
        ended(new CloseStatus(code, "the server sent " + why));
    }

    void ended(CloseStatus status) {
        if (closed.complete(status)) {
            abort();
            listener.onClose(status);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing what is already broken
            }
        }
    }
}
