package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.util.Map;

import io.vertx.core.net.SocketAddress;

/**
 * What the listeners of a message's calls (metrics, traces) ask of its sending: HTTP headers, the trace context; and
 * what to make current while the HTTP request is made, the call's span, so that the HTTP client's own span is its
 * child. A WebSocket message has no place for either. Both transports tell it where the message went.
 */
public interface MessageObservation {

    /** Whether anything observes the message: when nothing does, nothing is to be made current for its request. */
    boolean observed();

    Map<String, String> headers();

    /**
     * Makes what the calls carry current on this thread, in its Vert.x context.
     *
     * @return to close once the exchange is over; {@code null} when nothing is made current
     */
    AutoCloseable enter();

    /** The message goes on a connection whose other end has this IP address and port. */
    default void peer(String address, int port) {
    }

    /** The message goes on a connection whose other end is this; nothing told where unknown. */
    default void peer(SocketAddress peer) {
        if (peer != null && !peer.isDomainSocket() && peer.hostAddress() != null) {
            peer(peer.hostAddress(), peer.port());
        }
    }

    /**
     * Restores what {@link #enter()} replaced, if it made anything current. A failure to restore is not the call's:
     * the observation goes on, and at worst a span stays current on a context nothing uses any more.
     */
    static void leave(AutoCloseable scope) {
        if (scope == null) {
            return;
        }
        try {
            scope.close();
        } catch (Exception e) {
            // nothing the call or its caller can act on
        }
    }
}
