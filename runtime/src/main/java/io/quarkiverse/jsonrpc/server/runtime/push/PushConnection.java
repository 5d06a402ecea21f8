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

    /**
     * Hands one notification (UTF-8 JSON) to the connection: completes once it is queued to be written, or fails when
     * the connection refuses it, closing. What goes to a group or to everyone so waits for no member's reading.
     */
    Uni<Void> queue(byte[] message);

    /**
     * Whether the open hooks have let the connection in. Until they have, what goes to a group or to everyone does not
     * reach it: a hook that turns the client away ("say who you are") would otherwise let it read what the others
     * read. What is sent to the connection by its id, or by a hook through its context, still reaches it.
     */
    default boolean admitted() {
        return true;
    }

    /**
     * The path of the {@code @JsonRpcEndpoint} the connection came to; {@code null} for the configured path, where the
     * methods without one are.
     */
    default String endpoint() {
        return null;
    }

    /** How many subscriptions of the connection are delivering items. */
    int subscriptionCount();

    /**
     * The connection became a member of the group. Called by the registry inside the group's own update, so that the
     * connection's list of its groups changes at once with the group's members: a join and a leave of the same group
     * running side by side cannot leave the two disagreeing.
     */
    void joined(String group);

    /** The connection is no longer a member of the group; called as {@link #joined} is. */
    void left(String group);

    /** The connection is gone: it leaves its groups, and what still runs for it is cancelled. */
    void close();
}
