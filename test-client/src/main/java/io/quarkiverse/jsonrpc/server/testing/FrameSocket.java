package io.quarkiverse.jsonrpc.server.testing;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;

/**
 * The client side of one WebSocket connection (RFC 6455) on a plain socket: the opening handshake, frames out (masked,
 * as a client's must be), and a reader thread that hands each complete message to a {@link Listener}.
 * <p>
 * Written here rather than taken from the JDK so that a test can do what a correct client never would: send bytes
 * that are not UTF-8 in a text frame, split a message inside a character, and stop reading so that the server's
 * writes back up in the socket buffers. Pings are answered. No extension is offered unless the caller adds the
 * {@code Sec-WebSocket-Extensions} header; if the server then agrees to permessage-deflate, compressed messages are
 * inflated (the client's own go out uncompressed, which the extension allows).
 */
final class FrameSocket {

    private static final int CONTINUATION = 0x0, TEXT = 0x1, BINARY = 0x2, CLOSE = 0x8, PING = 0x9, PONG = 0xA;
    private static final AtomicInteger THREADS = new AtomicInteger();

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
    private final InputStream in;
    private final OutputStream out;
    private final Duration timeout;
    private final String name;
    private final ExecutorService writer;
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final Object readGate = new Object();
    private final AtomicLong bytesReceived = new AtomicLong();
    private Listener listener;
    private Map<String, String> handshake;
    /** Set when the server accepted permessage-deflate (RFC 7692), which the client offers only when told to. */
    private MessageInflater inflater;
    private boolean paused;
    /** Set by whichever sends the one close frame of the client: the test thread closing, or the reader answering. */
    private final AtomicBoolean closeSent = new AtomicBoolean();

    private FrameSocket(Socket socket, InputStream in, Duration timeout, String name) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.timeout = timeout;
        this.name = name;
        this.writer = Executors.newSingleThreadExecutor(task -> DaemonThreads.of(task, name + "-writer"));
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
        Socket socket = null;
        try {
            socket = OpeningHandshake.open(endpoint, port, secure, timeout, tls);
            // the handshake must answer in time; afterwards the reader waits as long as the connection lives
            socket.setSoTimeout((int) timeout.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String key = Base64.getEncoder().encodeToString(FrameCodec.randomBytes(16));
            OpeningHandshake.writeRequest(socket.getOutputStream(), endpoint, port, secure, key, headers);
            Map<String, String> handshake = OpeningHandshake.readResponse(in, endpoint, key);
            socket.setSoTimeout(0);
            FrameSocket frames = new FrameSocket(socket, in, timeout, "ws-test-client-" + THREADS.incrementAndGet());
            frames.listener = listener;
            frames.handshake = handshake;
            frames.inflater = MessageInflater.agreedIn(handshake.getOrDefault("sec-websocket-extensions", ""));
            DaemonThreads.of(frames::read, frames.name + "-reader").start();
            return frames;
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
        send(TEXT, true, text.getBytes(StandardCharsets.UTF_8), "a text message");
    }

    void sendBinary(byte[] bytes) {
        send(BINARY, true, bytes, "a binary message");
    }

    void sendPing(byte[] payload) {
        send(PING, true, payload, "a ping");
    }

    /** One text message in as many frames as fragments; the bytes go as they are. */
    void sendFragments(byte[]... fragments) {
        if (fragments.length == 0) {
            throw new IllegalArgumentException("A message has at least one fragment");
        }
        for (int i = 0; i < fragments.length; i++) {
            send(i == 0 ? TEXT : CONTINUATION, i == fragments.length - 1, fragments[i], "fragment " + (i + 1));
        }
    }

    /** Starts the closing handshake and waits for the server's answer to it. */
    CloseStatus close(int code, String reason) {
        if (!closed.isDone() && closeSent.compareAndSet(false, true)) {
            try {
                send(CLOSE, true, FrameCodec.closePayload(code, reason), "the close frame");
            } catch (AssertionError alreadyGone) {
                abort();
            }
        }
        resumeReading();
        try {
            return awaitClose();
        } finally {
            abort();
        }
    }

    /** Drops the connection without a closing handshake, as a client that crashes would. */
    void abort() {
        closeQuietly(socket);
        writer.shutdownNow();
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
        synchronized (readGate) {
            paused = true;
        }
    }

    void resumeReading() {
        synchronized (readGate) {
            paused = false;
            readGate.notifyAll();
        }
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    /** How the connection ended; waits up to the timeout for it to end. */
    CloseStatus awaitClose() {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            boolean unread;
            synchronized (readGate) {
                unread = paused;
            }
            throw new AssertionError("The connection was still open after " + timeout + (unread
                    ? ", with reading paused: what the server sent waits unread, a close frame too; resumeReading() first"
                    : ""));
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
        return bytesReceived.get();
    }

    /** How the connection ended; {@code null} while it is open. */
    CloseStatus closeStatus() {
        return closed.getNow(null);
    }

    private void send(int opcode, boolean fin, byte[] payload, String what) {
        CloseStatus status = closed.getNow(null);
        if (status != null && opcode != CLOSE) {
            throw new AssertionError("Cannot send " + what + ": the connection is closed (" + status + ")");
        }
        byte[] frame = FrameCodec.encode(opcode, fin, payload);
        // a write blocks while the server does not read: it is bounded like every other wait
        try {
            writer.submit(() -> {
                out.write(frame);
                out.flush();
                return null;
            }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort();
            throw new AssertionError("Could not send " + what + " within " + timeout + ": the server does not read");
        } catch (ExecutionException e) {
            throw new AssertionError("Could not send " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while sending " + what, e);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new AssertionError("Cannot send " + what + ": the connection is closed");
        }
    }

    private void read() {
        MessageAssembly message = new MessageAssembly();
        try {
            while (true) {
                awaitReadable();
                int first = in.read();
                if (first == -1) {
                    throw new EOFException(!message.inProgress() ? "the server closed it without a close frame"
                            : "the server closed it in the middle of a message, " + message.progress());
                }
                boolean fin = (first & 0x80) != 0;
                int opcode = first & 0x0F;
                byte[] payload;
                try {
                    payload = FrameCodec.readPayload(in);
                } catch (EOFException e) {
                    throw new EOFException("the server closed it in the middle of a frame");
                }
                switch (opcode) {
                    case PING -> send(PONG, true, payload, "a pong");
                    case PONG -> listener.onPong(payload);
                    case CLOSE -> {
                        endAfterClose(closedByServer(payload));
                        return;
                    }
                    case TEXT, BINARY, CONTINUATION -> {
                        // RFC 6455 section 5.4: the frames of one message are not interleaved with another's
                        if (opcode != CONTINUATION && message.inProgress()) {
                            failConnection(1002, "a new message before the end of the one before");
                            return;
                        }
                        if (opcode == CONTINUATION && !message.inProgress()) {
                            failConnection(1002, "a continuation frame with no message to continue");
                            return;
                        }
                        if (opcode != CONTINUATION) {
                            message.start(opcode, (first & 0x40) != 0);
                        }
                        bytesReceived.addAndGet(payload.length);
                        message.add(payload);
                        if (fin) {
                            if (message.type() == TEXT) {
                                byte[] bytes = message.compressed() ? inflate(message.bytes()) : message.bytes();
                                listener.onText(new ReceivedMessage(FrameCodec.decodeText(bytes), message.frameSizes(),
                                        message.compressed()));
                            }
                            // a binary message means nothing to a JSON-RPC client: it is dropped
                            message.end();
                        }
                    }
                    default -> throw new IOException("unknown opcode " + opcode);
                }
            }
        } catch (CharacterCodingException e) {
            failConnection(1007, "a text message that is not UTF-8");
        } catch (IOException | AssertionError e) {
            ended(new CloseStatus(1006, closeSent.get() ? ""
                    : "connection lost: " + (e.getMessage() != null ? e.getMessage() : e.toString())));
        } catch (RuntimeException | Error e) {
            // a bug here, not the server's: the connection ends rather than stay open with nobody reading it
            ended(new CloseStatus(1006, "the test client failed reading: " + e));
            throw e;
        }
    }

    private void awaitReadable() throws IOException {
        synchronized (readGate) {
            while (paused) {
                try {
                    readGate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
    }

    /** The server's close frame, answered. */
    private CloseStatus closedByServer(byte[] payload) {
        CloseStatus status;
        if (payload.length >= 2) {
            int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
            status = new CloseStatus(code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
        } else {
            status = new CloseStatus(1005, "");
        }
        if (closeSent.compareAndSet(false, true)) {
            // the closing handshake: the client answers with the status it received
            try {
                send(CLOSE, true, payload.length >= 2 ? FrameCodec.closePayload(status.code(), "") : new byte[0],
                        "the close frame");
            } catch (AssertionError ignored) {
                // the server may have dropped the connection right after its close frame
            }
        }
        return status;
    }

    /**
     * After its close frame the server may only end the connection. A browser fails the connection on any frame
     * after it ("Close received after close") and reports 1006 instead of the server's code; so does this client.
     */
    private void endAfterClose(CloseStatus status) {
        try {
            ended(in.read() == -1 ? status : new CloseStatus(1006, "a frame after the close frame " + status));
        } catch (IOException e) {
            ended(status);
        }
    }

    /** RFC 6455 section 7.1.7: the client fails the connection, and says why. */
    private void failConnection(int code, String why) {
        try {
            if (closeSent.compareAndSet(false, true)) {
                send(CLOSE, true, FrameCodec.closePayload(code, ""), "the close frame");
            }
        } catch (AssertionError ignored) {
            // nothing more to tell the server
        }
        ended(new CloseStatus(code, "the server sent " + why));
    }

    private void ended(CloseStatus status) {
        if (closed.complete(status)) {
            abort();
            listener.onClose(status);
        }
    }

    private byte[] inflate(byte[] payload) throws IOException {
        if (inflater == null) {
            throw new IOException("a compressed message, but no compression was agreed");
        }
        return inflater.inflate(payload);
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
