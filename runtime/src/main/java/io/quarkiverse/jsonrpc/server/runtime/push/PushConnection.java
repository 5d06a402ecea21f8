package io.quarkiverse.jsonrpc.server.runtime.push;

import io.smallrye.mutiny.Uni;

/**
 * A connection as push sees it: something notifications can be written to. The WebSocket transport's session is one;
 * push keeps track of them and of their groups without knowing the transport.
 */
public interface PushConnection {

    /** The connection's id, unique across instances. */
    String connectionId();

    /** Writes one notification (UTF-8 JSON) to the connection; fails when it cannot be written. */
    Uni<Void> send(byte[] message);

    /** How many subscriptions of the connection are delivering items. */
    int subscriptionCount();

    /** The connection is gone: it leaves its groups, and what still runs for it is cancelled. */
    void close();
}
