package io.quarkiverse.jsonrpc.client.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One address for a server that restarts on another port: each connection is relayed to the port {@link #target}
 * names at the time. Its own port is held for as long as the tests run, so a client configured with it reaches the
 * restarted server and nobody else can take the port in between. When the server dies, the relayed connections drop
 * with it; while it is away, connections are accepted and closed at once, as a refused connection would be.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile int target = -1;

    TcpRelay() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "tcp-relay-accept").start();
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + server.getLocalPort() + "/jsonrpc";
    }

    /** Where the next connections go. */
    void target(int port) {
        target = port;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the accept loop ends with it
        }
        for (Socket socket : sockets) {
            close(socket);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                continue; // closed: the loop ends
            }
            try {
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(upstream);
                daemon(() -> pump(client, upstream), "tcp-relay-up").start();
                daemon(() -> pump(upstream, client), "tcp-relay-down").start();
            } catch (IOException | IllegalArgumentException e) {
                close(client); // no server there now
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away: both are closed below
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
