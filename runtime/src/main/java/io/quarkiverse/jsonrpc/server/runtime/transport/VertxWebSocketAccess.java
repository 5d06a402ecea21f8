package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.websockets.next.runtime.WebSocketConnectionBase;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.impl.WebSocketInternal;
import io.vertx.ext.web.impl.ServerWebSocketWrapper;

/**
 * The Vert.x WebSocket under a websockets-next connection, so that the transport reads and writes it directly.
 * <p>
 * websockets-next hands each message to its callback as a task of its own, on a new duplicated context, after Netty's
 * read has ended; everything written there is flushed on its own, one {@code write} system call per answer. Read
 * directly, a message is handled inside Netty's read, and the answers written there leave in one flush when the read
 * ends. websockets-next keeps the socket to itself (its accessor is package-private), so it is looked up once here;
 * were a later version to hide it, {@link #available()} turns false and the endpoint's own callback serves every
 * message, slower but the same on the wire.
 */
final class VertxWebSocketAccess {

    private static final Logger LOG = Logger.getLogger(VertxWebSocketAccess.class);
    private static final MethodHandle WEB_SOCKET = lookup();
    private static final MethodHandle WRAPPED = lookupWrapped();

    private VertxWebSocketAccess() {
    }

    /** Whether messages can be read from the Vert.x WebSocket directly. */
    static boolean available() {
        return WEB_SOCKET != null;
    }

    /** The connection's Vert.x WebSocket; {@code null} when it cannot be reached. */
    static WebSocketBase of(WebSocketConnection connection) {
        if (WEB_SOCKET == null || !(connection instanceof WebSocketConnectionBase base)) {
            return null;
        }
        try {
            return (WebSocketBase) WEB_SOCKET.invokeExact(base);
        } catch (Throwable e) {
            LOG.debugf("The Vert.x WebSocket of connection %s could not be reached: %s", connection.id(), e);
            return null;
        }
    }

    /**
     * The Netty channel under a Vert.x WebSocket, to close its TCP connection whatever the WebSocket's state;
     * {@code null} when it cannot be reached. Vert.x Web wraps the WebSocket of an upgrade it routes, and keeps the
     * wrapped one to itself.
     */
    static Channel channel(WebSocketBase socket) {
        WebSocketBase unwrapped = socket;
        if (socket instanceof ServerWebSocketWrapper wrapper && WRAPPED != null) {
            try {
                unwrapped = (ServerWebSocket) WRAPPED.invokeExact(wrapper);
            } catch (Throwable e) {
                LOG.debugf("The WebSocket wrapped by Vert.x Web could not be reached: %s", e);
                return null;
            }
        }
        return unwrapped instanceof WebSocketInternal internal ? internal.channelHandlerContext().channel() : null;
    }

    private static MethodHandle lookup() {
        try {
            return MethodHandles.privateLookupIn(WebSocketConnectionBase.class, MethodHandles.lookup())
                    .findVirtual(WebSocketConnectionBase.class, "webSocket", MethodType.methodType(WebSocketBase.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("websockets-next does not expose its Vert.x WebSocket (%s): JSON-RPC messages go through the"
                    + " endpoint's callback", e);
            return null;
        }
    }

    private static MethodHandle lookupWrapped() {
        try {
            return MethodHandles.privateLookupIn(ServerWebSocketWrapper.class, MethodHandles.lookup())
                    .findGetter(ServerWebSocketWrapper.class, "delegate", ServerWebSocket.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Vert.x Web does not expose the WebSocket it wraps (%s): a client closed for leaving messages"
                    + " unread keeps its TCP connection until the closing handshake ends", e);
            return null;
        }
    }
}
