package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

import io.netty.channel.Channel;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * What the network tells of a connection, read once for all its calls: over WebSocket from the upgrade request, over
 * HTTP from the request; the peer, the connection's other end, from the connection.
 */
record CallNetwork(String serverAddress, int serverPort, String clientAddress, int clientPort, String transport,
        String peerAddress, int peerPort)
        implements
            CallListener.Network {

    private static final String TCP = "tcp";
    private static final String UNIX = "unix";

    static CallNetwork of(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        SocketAddress client = request.remoteAddress();
        boolean unix = client != null && client.isDomainSocket();
        HttpConnection connection = request.connection();
        SocketAddress peer = connection == null ? null : connection.remoteAddress();
        return new CallNetwork(authority == null ? null : authority.host(),
                serverPort(authority == null ? -1 : authority.port(), request.isSSL()),
                client == null ? null : unix ? emptyToNull(client.path()) : client.hostAddress(),
                client == null || unix ? -1 : clientPort(peer, client.hostAddress(), client.port()), unix ? UNIX : TCP,
                peerAddress(peer), peerPort(peer));
    }

    /** The IP address of the connection's other end; {@code null} for a Unix domain socket, or where unknown. */
    private static String peerAddress(SocketAddress peer) {
        return peer == null || peer.isDomainSocket() ? null : peer.hostAddress();
    }

    private static int peerPort(SocketAddress peer) {
        return peer == null || peer.isDomainSocket() ? -1 : peer.port();
    }

    /**
     * The client's port, unless it is the port of a proxy's connection, {@code peer}, given a forwarded address: behind
     * a proxy that forwards the client's address without its port, Quarkus and websockets-next give the forwarded
     * address the port of the proxy's connection, which is not the client's.
     */
    private static int clientPort(SocketAddress peer, String host, int port) {
        if (peer != null && peer.port() == port && !Objects.equals(peer.hostAddress(), host)) {
            return -1;
        }
        return port;
    }

    static CallNetwork of(WebSocketConnection connection) {
        return of(connection.handshakeRequest(), connection.isSecure(), peer(connection));
    }

    /**
     * The address of the connection's other end, which websockets-next gives as the client's forwarded one behind a
     * proxy; {@code null} where it cannot be reached.
     */
    private static SocketAddress peer(WebSocketConnection connection) {
        WebSocketBase socket = VertxWebSocketAccess.of(connection);
        Channel channel = socket == null ? null : VertxWebSocketAccess.channel(socket);
        return channel != null && channel.remoteAddress() instanceof InetSocketAddress address
                ? SocketAddress.inetSocketAddress(address)
                : null;
    }

    /**
     * websockets-next gives the addresses of an upgrade request as text: {@code host:port}, or a Unix domain socket's
     * path.
     *
     * @param peer the address of the connection's other end, a proxy's where the client's is forwarded; {@code null}
     *        where unknown
     */
    static CallNetwork of(HandshakeRequest upgrade, boolean secure, SocketAddress peer) {
        String client = upgrade.remoteAddress();
        int colon = client == null ? -1 : client.lastIndexOf(':');
        int clientPort = colon < 0 ? -1 : port(client.substring(colon + 1));
        boolean unix = client != null && clientPort < 0;
        String clientHost = unix ? emptyToNull(client) : client == null ? null : client.substring(0, colon);
        return new CallNetwork(upgrade.host(), serverPort(upgrade.port(), secure), clientHost,
                unix ? -1 : clientPort(peer, clientHost, clientPort), unix ? UNIX : TCP, peerAddress(peer),
                peerPort(peer));
    }

    /** A client on a Unix domain socket often has no path of its own. */
    private static String emptyToNull(String path) {
        return path == null || path.isEmpty() ? null : path;
    }

    /** A request that names no port addresses its scheme's. */
    private static int serverPort(int port, boolean secure) {
        return port > 0 ? port : secure ? 443 : 80;
    }

    private static int port(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
