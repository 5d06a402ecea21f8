package io.quarkiverse.jsonrpc.server.it.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands between the application instances and Redis, to take Redis away and bring it back: {@link #cut()} drops every
 * connection and refuses new ones, {@link #restore()} lets them through again. Its port is held for as long as the
 * test runs, so nobody else can take it while Redis is "down".
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private boolean down;

    TcpProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "tcp-proxy-accept").start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops the connections through the proxy; new ones are closed as soon as they are accepted. */
    synchronized void cut() {
        down = true;
        closeAll();
    }

    synchronized void restore() {
        down = false;
    }

    @Override
    public synchronized void close() {
        down = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // the accept loop ends with it
        }
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                // together with cut(): a connection accepted as Redis goes away is dropped with the others
                synchronized (this) {
                    if (down) {
                        close(client);
                        close(upstream);
                        continue;
                    }
                    sockets.add(client);
                    sockets.add(upstream);
                }
                daemon(() -> pump(client, upstream), "tcp-proxy-up").start();
                daemon(() -> pump(upstream, client), "tcp-proxy-down").start();
            } catch (IOException e) {
                // closed, or Redis refused: the next connection is tried afresh
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
            // one side went away: the other is closed below
        } finally {
            close(from);
            close(to);
        }
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            close(socket);
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
