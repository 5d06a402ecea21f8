package io.quarkiverse.jsonrpc.server.testing;

import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.BINARY;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.CLOSE;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.CONTINUATION;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.PING;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.PONG;
import static io.quarkiverse.jsonrpc.server.testing.FrameCodec.TEXT;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reader thread of a {@link FrameSocket}: reads the server's frames, puts messages back together for the
 * listener, answers pings, and ends the connection on the server's close frame, or on a frame RFC 6455 forbids.
 * Reading can be paused, as a slow client's.
 */
final class FrameReader implements Runnable {

    private final FrameSocket socket;
    private final InputStream in;
    private final FrameSocket.Listener listener;
    /** Set when the server accepted permessage-deflate (RFC 7692), which the client offers only when told to. */
    private final MessageInflater inflater;
    private final Object gate = new Object();
    private final AtomicLong bytesReceived = new AtomicLong();
    private boolean paused;
    /** Set when the client drops the connection: a paused reader would otherwise wait for good. */
    private boolean stopped;

    FrameReader(FrameSocket socket, InputStream in, FrameSocket.Listener listener, MessageInflater inflater) {
        this.socket = socket;
        this.in = in;
        this.listener = listener;
        this.inflater = inflater;
    }

    void pause() {
        synchronized (gate) {
            paused = true;
        }
    }

    void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    /** The client dropped the connection: the reader ends, paused or not. */
    void stop() {
        synchronized (gate) {
            stopped = true;
            gate.notifyAll();
        }
    }

    private boolean stopped() {
        synchronized (gate) {
            return stopped;
        }
    }

    boolean paused() {
        synchronized (gate) {
            return paused;
        }
    }

    /** The payload bytes of the messages received, as they came on the wire (compressed, if they were). */
    long bytesReceived() {
        return bytesReceived.get();
    }

    @Override
    public void run() {
        MessageAssembly message = new MessageAssembly();
        try {
            while (true) {
                awaitReadable();
                int first = in.read();
                // reading may have paused while the read waited for this frame: it waits as the next ones do
                awaitReadable();
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
                    case PING -> socket.send(PONG, payload, "a pong");
                    case PONG -> listener.onPong(payload);
                    case CLOSE -> {
                        endAfterClose(socket.answerClose(payload));
                        return;
                    }
                    case TEXT, BINARY, CONTINUATION -> {
                        // RFC 6455 section 5.4: the frames of one message are not interleaved with another's
                        if (opcode != CONTINUATION && message.inProgress()) {
                            socket.failConnection(1002, "a new message before the end of the one before");
                            return;
                        }
                        if (opcode == CONTINUATION && !message.inProgress()) {
                            socket.failConnection(1002, "a continuation frame with no message to continue");
                            return;
                        }
                        if (opcode != CONTINUATION) {
                            message.start(opcode, (first & 0x40) != 0);
                        }
                        bytesReceived.addAndGet(payload.length);
                        message.add(payload);
                        if (fin) {
                            // a compressed binary message is inflated too: with context takeover, the messages after
                            // it refer back to its bytes
                            byte[] bytes = message.compressed() ? inflate(message.bytes()) : message.bytes();
                            if (message.type() == TEXT) {
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
            socket.failConnection(1007, "a text message that is not UTF-8");
        } catch (IOException | AssertionError e) {
            socket.ended(new CloseStatus(1006, socket.closeSent() ? ""
                    : stopped() ? "dropped by the client"
                            : "connection lost: " + (e.getMessage() != null ? e.getMessage() : e.toString())));
        } catch (RuntimeException | Error e) {
            // a bug here, not the server's: the connection ends rather than stay open with nobody reading it
            socket.ended(new CloseStatus(1006, "the test client failed reading: " + e));
            throw e;
        }
    }

    private void awaitReadable() throws IOException {
        synchronized (gate) {
            while (paused && !stopped) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
            if (stopped) {
                throw new IOException("dropped by the client");
            }
        }
    }

    /**
     * After its close frame the server may only end the connection. A browser fails the connection on any frame
     * after it ("Close received after close") and reports 1006 instead of the server's code; so does this client.
     * A server that keeps the connection open has it closed by the client after the close timeout.
     */
    private void endAfterClose(CloseStatus status) {
        try {
            socket.startCloseTimeout();
            socket.ended(in.read() == -1 ? status : new CloseStatus(1006, "a frame after the close frame " + status));
        } catch (IOException e) {
            // the server closed TCP in the middle of a frame, or did not close it in time: ended() closes it
            socket.ended(status);
        }
    }

    private byte[] inflate(byte[] payload) throws IOException {
        if (inflater == null) {
            throw new IOException("a compressed message, but no compression was agreed");
        }
        return inflater.inflate(payload);
    }
}
