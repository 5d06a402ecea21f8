package io.quarkiverse.jsonrpc.client.runtime.transport;

import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;

/** What happens on a WebSocket client's connection besides responses. */
public interface ConnectionListener {

    /** A notification from the server, on the connection's event loop. */
    void onNotification(Incoming.Notification notification);

    /** The connection dropped; calls in flight have already failed with {@code cause}. */
    void onDisconnected(Throwable cause);

    /** A connection opened again after a drop. */
    void onReconnected();

    /** Whether something waits for notifications, so that a dropped connection is reopened at once. */
    boolean wantsConnection();
}
