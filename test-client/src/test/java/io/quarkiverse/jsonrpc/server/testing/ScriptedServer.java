package io.quarkiverse.jsonrpc.server.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket server of one connection whose every frame a test writes by hand: fragments, compressed messages, close
 * frames with or without a status, a connection dropped in the middle of a message. It accepts the upgrade (agreeing
 * to {@code extensions} when given), then runs the script on the connection; {@link #awaitScript()} throws what the
 * script threw, so a test whose script asserts calls it ({@link #close()} does not: it ends a script still running).
 * Or it refuses the upgrade, with the answer {@link #answering(String)} is given. Its receive buffer
 * is small, so that a client's write of a few megabytes waits for the script to read it.
 */
final class ScriptedServer implements AutoCloseable {

    interface Script {
        void run(Peer peer) throws Exception;
    }

    private final ServerSocket server;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Socket socket;

    ScriptedServer(String extensions, Script script) throws IOException {
        this(peer -> peer.accept(extensions), script);
    }

    /** A server that answers the upgrade request with {@code response}, bytes as they are, and closes. */
    static ScriptedServer answering(String response) throws IOException {
        return new ScriptedServer(peer -> peer.out.write(response.getBytes(StandardCharsets.ISO_8859_1)), peer -> {
        });
    }

    private ScriptedServer(Script handshake, Script script) throws IOException {
        server = new ServerSocket();
        server.setReceiveBufferSize(64 * 1024);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        Thread thread = new Thread(() -> {
            try (Socket accepted = server.accept()) {
                socket = accepted;
                accepted.setSoTimeout(10_000);
                Peer peer = new Peer(accepted);
                handshake.run(peer);
                script.run(peer);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "scripted-server");
        thread.setDaemon(true);
        thread.start();
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/jsonrpc");
    }

    /** Waits for the script to end; what it threw is thrown here. */
    void awaitScript() throws Exception {
        done.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        server.close();
        Socket open = socket;
        if (open != null && !done.isDone()) {
            open.close();
        }
    }

    /** The server's end of the connection. */
    static final class Peer {

        final Socket socket;
        final InputStream in;
        final OutputStream out;
        private final String key;

        /** Reads the upgrade request. */
        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
            String key = null;
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            this.key = key;
        }

        /** Accepts the upgrade, agreeing to {@code extensions} unless null. */
        void accept(String extensions) throws Exception {
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n"
                    + (extensions == null ? "" : "Sec-WebSocket-Extensions: " + extensions + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Writes one unmasked frame, as a server's are. */
        void frame(int opcode, boolean fin, boolean rsv1, byte[] payload) throws IOException {
            out.write(encode(opcode, fin, rsv1, payload));
            out.flush();
        }

        /** The bytes of one unmasked frame. */
        static byte[] encode(int opcode, boolean fin, boolean rsv1, byte[] payload) {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode);
            if (payload.length < 126) {
                frame.write(payload.length);
            } else if (payload.length <= 0xFFFF) {
                frame.write(126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length);
            } else {
                frame.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >>> shift));
                }
            }
            frame.writeBytes(payload);
            return frame.toByteArray();
        }

        void text(String text) throws IOException {
            frame(0x1, true, false, text.getBytes(StandardCharsets.UTF_8));
        }

        /** The next frame's opcode and payload, unmasked: {@code opcode} then the bytes. */
        Frame read() throws IOException {
            int first = in.read();
            if (first == -1) {
                return null;
            }
            byte[] payload = FrameCodec.readPayload(in);
            return new Frame(first & 0x0F, payload);
        }

        /** The next frame that is a text message, skipping control frames. */
        String readText() throws IOException {
            for (Frame frame = read(); frame != null; frame = read()) {
                if (frame.opcode == 0x1) {
                    return frame.text();
                }
            }
            throw new IOException("the client closed the connection");
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new IOException("closed during the handshake");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }

    record Frame(int opcode, byte[] payload) {

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }
}
