package io.quarkiverse.jsonrpc.client.test.proxy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forward proxy for the tests. As an HTTP proxy (RFC 9110), a {@code CONNECT} request opens a tunnel to the host and
 * port it names, and any other request, in absolute form ({@code POST http://host:port/path}), goes on to its host as
 * it came, and the rest of the connection with it; given credentials, it answers {@code 407} to a connection without
 * them. A connection that starts as SOCKS5 does is served as one. It notes the first line of each HTTP connection,
 * and {@code SOCKS5 host:port} for each SOCKS5 one.
 * <p>
 * Known across the JVM by name, as {@code SharedTcpRelay} is: the application's configuration names its port before
 * the application starts, and a {@code QuarkusUnitTest} class is loaded twice, by JUnit and by the application. Both
 * copies find the port, and the lines noted, in the system properties, which they share.
 */
final class ForwardProxy {

    private static final String PREFIX = "jsonrpc-test.forward-proxy.";
    private static final byte SOCKS5 = 5;

    private final ServerSocket server;
    /** {@code Basic ...}, the credentials asked for; {@code null} for none. */
    private final String authorization;
    private final List<String> seen;

    private ForwardProxy(String credentials, List<String> seen) throws IOException {
        this.server = new ServerSocket(0);
        this.authorization = credentials == null ? null
                : "basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.seen = seen;
        Thread acceptor = new Thread(this::accept, "forward-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The port of the proxy called {@code name}, opened by the first caller.
     *
     * @param credentials {@code user:password} it asks for; {@code null} for none
     */
    static int port(String name, String credentials) {
        Properties properties = System.getProperties();
        synchronized (properties) {
            String port = properties.getProperty(PREFIX + name);
            if (port == null) {
                List<String> seen = new CopyOnWriteArrayList<>();
                try {
                    port = Integer.toString(new ForwardProxy(credentials, seen).server.getLocalPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // a JDK type, the same class in every class loader
                properties.put(PREFIX + name + ".seen", seen);
                properties.setProperty(PREFIX + name, port);
            }
            return Integer.parseInt(port);
        }
    }

    /** The first line of each connection to the proxy called {@code name}, so far: {@code CONNECT localhost:8081}. */
    @SuppressWarnings("unchecked")
    static List<String> seen(String name) {
        return List.copyOf((List<String>) System.getProperties().get(PREFIX + name + ".seen"));
    }

    private void accept() {
        while (true) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> serve(client), "forward-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new PushbackInputStream(client.getInputStream());
            int version = in.read();
            if (version == SOCKS5) {
                socks5(client, in);
                return;
            }
            ((PushbackInputStream) in).unread(version);
            byte[] head = head(in);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            String first = text.substring(0, text.indexOf("\r\n"));
            OutputStream out = client.getOutputStream();
            if (authorization != null && !text.toLowerCase(Locale.ROOT).contains("\r\nproxy-authorization: "
                    + authorization.toLowerCase(Locale.ROOT) + "\r\n")) {
                seen.add("407 " + first);
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"tests\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            String[] request = first.split(" ");
            seen.add(request[0] + " " + request[1]);
            URI target = request[0].equals("CONNECT") ? URI.create("tcp://" + request[1]) : URI.create(request[1]);
            try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                if (request[0].equals("CONNECT")) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } else {
                    upstream.getOutputStream().write(head);
                }
                tunnel(client, upstream);
            }
        } catch (IOException e) {
            // the connection is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A SOCKS5 connection (RFC 1928), without authentication: the methods the client offers, then its {@code CONNECT}
     * to a host and port, answered as granted, and the tunnel.
     */
    private void socks5(Socket client, InputStream in) throws IOException, InterruptedException {
        DataInputStream data = new DataInputStream(in);
        data.readFully(new byte[data.readUnsignedByte()]);
        OutputStream out = client.getOutputStream();
        out.write(new byte[] { SOCKS5, 0 });
        byte[] request = new byte[4];
        data.readFully(request);
        String host = switch (request[3]) {
            case 1 -> InetAddress.getByAddress(data.readNBytes(4)).getHostAddress();
            case 3 -> new String(data.readNBytes(data.readUnsignedByte()), StandardCharsets.US_ASCII);
            case 4 -> InetAddress.getByAddress(data.readNBytes(16)).getHostAddress();
            default -> throw new IOException("address type " + request[3]);
        };
        int port = data.readUnsignedShort();
        seen.add("SOCKS5 " + host + ":" + port);
        try (Socket upstream = new Socket(host, port)) {
            out.write(new byte[] { SOCKS5, 0, 0, 1, 0, 0, 0, 0, 0, 0 });
            out.flush();
            tunnel(client, upstream);
        }
    }

    private static void tunnel(Socket client, Socket upstream) throws InterruptedException {
        Thread back = new Thread(() -> pipe(upstream, client), "forward-proxy-back");
        back.setDaemon(true);
        back.start();
        pipe(client, upstream);
        back.join();
    }

    /** The request line and headers, up to the empty line. */
    private static byte[] head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the request's head");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toByteArray();
    }

    /** Copies until the end of the input, then ends the output, so that the other side sees the close. */
    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // either side went away
        }
    }
}
