package io.quarkiverse.jsonrpc.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** The opening handshake of RFC 6455 section 4, as the client of a {@link FrameSocket} makes it. */
final class OpeningHandshake {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** As much of a refusal's body as an exception carries. */
    private static final int MAX_BODY = 64 * 1024;

    private OpeningHandshake() {
    }

    /** The TCP connection, and over it the TLS session for {@code wss}; {@code tls} null for the JDK's default. */
    static Socket open(URI endpoint, int port, boolean secure, Duration timeout, SSLContext tls)
            throws IOException, GeneralSecurityException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port), (int) timeout.toMillis());
            if (secure) {
                SSLContext context = tls != null ? tls : SSLContext.getDefault();
                SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, endpoint.getHost(), port,
                        true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                socket = ssl;
            }
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    static void writeRequest(OutputStream out, URI endpoint, int port, boolean secure, String key,
            Map<String, String> headers) throws IOException {
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        if (endpoint.getRawQuery() != null) {
            path += "?" + endpoint.getRawQuery();
        }
        boolean defaultPort = port == (secure ? 443 : 80);
        StringBuilder request = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(key).append("\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static Map<String, String> readResponse(InputStream in, URI endpoint, String key)
            throws IOException {
        String statusLine = readLine(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        if (status != 101) {
            throw new UpgradeRejectedException(endpoint, status, headers, body(in, headers));
        }
        if (!accept(key).equals(headers.get("sec-websocket-accept"))) {
            throw new IOException("the server's Sec-WebSocket-Accept does not match the key");
        }
        return headers;
    }

    /** The body of a refusal, of a {@code Content-Length} or chunked (RFC 9112 section 7.1). */
    private static String body(InputStream in, Map<String, String> headers) throws IOException {
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).endsWith("chunked")) {
            body = dechunked(in);
        } else {
            String length = headers.get("content-length");
            body = length == null ? new byte[0] : in.readNBytes(Math.min(Integer.parseInt(length.trim()), MAX_BODY));
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Each chunk is its size in hex (maybe with extensions after a {@code ;}), its bytes, CRLF; the last is empty. */
    private static byte[] dechunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            while (body.size() < MAX_BODY) {
                int size = Integer.parseInt(readLine(in).split(";", 2)[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.writeBytes(in.readNBytes(Math.min(size, MAX_BODY - body.size())));
                if (body.size() < MAX_BODY) {
                    readLine(in); // the CRLF that ends the chunk
                }
            }
        } catch (EOFException | NumberFormatException e) {
            // a body cut short, or chunked wrong: what came of it still tells why the upgrade was refused
        }
        return body.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("the server closed the connection during the handshake");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
