package io.quarkiverse.jsonrpc.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A loopback port of its own, held until {@link #close()}, that relays each connection, byte for byte, to the port
 * its target names when the connection comes. Give a client the relay's port when the server's is not known yet (an
 * application that takes a free port as it starts), changes (a server restarted on another port), or must go away
 * and come back ({@link #cut()}, {@link #restore()}): nobody else can take the relay's port in between. While there is
 * no server to relay to (no target yet, or nothing listening there), a connection is accepted and closed at once, as a
 * refused connection would be. {@link #drop()} closes the connections it relays and goes on relaying new ones.
 * {@link #stall()} makes it a server that hangs: it accepts connections and never answers. {@link #freeze()} makes its
 * connections half-open, as a NAT or a load balancer that forgot them leaves them.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    /** Connections accepted while stalled: held open, never answered. */
    private final Set<Socket> held = ConcurrentHashMap.newKeySet();
    /** Relayed connections whose bytes are read and dropped, both ways. */
    private final Set<Socket> frozen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong toClients = new AtomicLong();
    private final AtomicLong toTargets = new AtomicLong();
    /** How many sides of relayed connections have ended, by the peer on that side or by the relay. */
    private final AtomicInteger ends = new AtomicInteger();
    private volatile IntSupplier target;
    private boolean down;
    private boolean stalled;

    /** A relay with no target yet: see {@link #target(int)}. */
    public TcpRelay() throws IOException {
        this(() -> -1);
    }

    /** A relay to the port {@code target} gives, asked again for each connection; {@code -1}: none yet. */
    public TcpRelay(IntSupplier target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        DaemonThreads.of(this::accept, "tcp-relay-accept").start();
    }

    /** The relay's own port, to give to clients. */
    public int port() {
        return server.getLocalPort();
    }

    /** How many connections it has accepted so far, relayed or not: the attempts of its clients to connect. */
    public int accepted() {
        return accepted.get();
    }

    /**
     * How many bytes it has relayed from its target to its clients so far: what they received, as it went on the
     * wire, compressed or not.
     */
    public long bytesToClients() {
        return toClients.get();
    }

    /**
     * How many bytes it has relayed from its clients to its target so far: what they sent, as it went on the wire,
     * compressed or not.
     */
    public long bytesToTargets() {
        return toTargets.get();
    }

    /** Where the next connections go; the ones already relayed stay where they are. */
    public void target(int port) {
        target = () -> port;
    }

    /** Drops every relayed connection; new ones are closed as soon as they are accepted, until {@link #restore()}. */
    public synchronized void cut() {
        down = true;
        closeAll();
    }

    /**
     * Drops every relayed connection, closing both ends, and relays new ones, as a proxy that restarts does: the
     * client's next attempt reaches the server.
     */
    public synchronized void drop() {
        closeAll();
    }

    /**
     * New connections are accepted and then held without a byte in answer, as a server that hangs or a proxy whose
     * server is not there yet holds them, until {@link #restore()}; the ones already relayed stay.
     */
    public synchronized void stall() {
        stalled = true;
    }

    /**
     * The connections relayed now relay nothing more, both ways, not even one side's end, and stay open: neither side
     * hears of it, as when a NAT or a load balancer forgets a connection. New connections are relayed.
     */
    public synchronized void freeze() {
        frozen.addAll(sockets);
    }

    /** Relays new connections again after {@link #cut()} or {@link #stall()}; the held ones are closed. */
    public synchronized void restore() {
        down = false;
        stalled = false;
        for (Socket socket : held) {
            close(socket);
        }
        held.clear();
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
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                continue; // closed: the loop ends
            }
            accepted.incrementAndGet();
            if (hold(client)) {
                continue;
            }
            Socket upstream;
            try {
                upstream = new Socket(InetAddress.getLoopbackAddress(), target.getAsInt());
            } catch (IOException | IllegalArgumentException e) {
                close(client); // no server there now
                continue;
            }
            // together with cut(): a connection accepted as the server goes away is dropped with the others
            synchronized (this) {
                if (down) {
                    close(client);
                    close(upstream);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
            }
            DaemonThreads.of(() -> pump(client, upstream, toTargets), "tcp-relay-up").start();
            DaemonThreads.of(() -> pump(upstream, client, toClients), "tcp-relay-down").start();
        }
    }

    /** @param relayed counts the bytes relayed, before they are written */
    private void pump(Socket from, Socket to, AtomicLong relayed) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                if (!frozen.contains(from)) {
                    relayed.addAndGet(read);
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // one side went away: both are closed below
        } finally {
            close(from);
            // the other side of a frozen connection hears of this end no more than of its bytes: it stays open until
            // it goes itself, or cut(), drop() or close() closes it
            if (!frozen.contains(to)) {
                close(to);
            }
            ends.incrementAndGet();
        }
    }

    /** For tests of the relay: how many sides of relayed connections have ended, when this one has let them go. */
    int ends() {
        return ends.get();
    }

    private synchronized boolean hold(Socket client) {
        if (stalled && !down) {
            held.add(client);
            return true;
        }
        return false;
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            close(socket);
        }
        for (Socket socket : held) {
            close(socket);
        }
        held.clear();
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        frozen.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
