package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;

/**
 * The groups of one connection: those it is in, as the registry tells it in the same update as it lists it there (see
 * {@link ConnectionRegistry#join}); once it has closed and left them, those its close hooks see.
 */
final class SessionGroups {

    private final ConnectionRegistry registry;
    private final PushConnection connection;
    private final BooleanSupplier closed;
    private volatile Set<String> joined;
    /** The groups it was in as it closed, which it has left, and those an open hook joined after: what its close hooks see. */
    private volatile Set<String> atClose;

    SessionGroups(ConnectionRegistry registry, PushConnection connection, BooleanSupplier closed) {
        this.registry = registry;
        this.connection = connection;
        this.closed = closed;
    }

    void join(String group) {
        registry.join(group, connection);
        // closed meanwhile: the close may have taken the groups before this one was listed, and then left only the
        // groups it found. The close hooks, which run after the open hooks, see it among the groups it was in: an
        // open hook still running at the close (a slow lookup, then a join) is the one that joins it
        if (closed.getAsBoolean()) {
            registry.leave(group, connection);
            atClose(Set.of(group));
        }
    }

    void leave(String group) {
        registry.leave(group, connection);
    }

    /** The registry listed the connection in the group. */
    void joined(String group) {
        joined(true).add(group);
    }

    /** The registry took the connection out of the group. */
    void left(String group) {
        Set<String> current = joined(false);
        if (current != null) {
            current.remove(group);
        }
    }

    /** The groups it is in; once it has closed, those it was in. */
    Set<String> current() {
        Set<String> closing = atClose;
        if (closing != null) {
            return closing;
        }
        Set<String> current = joined(false);
        return current == null ? Set.of() : Set.copyOf(current);
    }

    /** The connection closed: it leaves every group it is in, and its close hooks will see them. */
    void leaveAll() {
        Set<String> live = joined(false);
        Set<String> current = live == null ? Set.of() : Set.copyOf(live);
        atClose(current);
        for (String group : current) {
            leave(group);
        }
    }

    private synchronized void atClose(Set<String> groups) {
        Set<String> known = atClose;
        if (known == null) {
            atClose = groups;
        } else if (!known.containsAll(groups)) {
            Set<String> all = new HashSet<>(known);
            all.addAll(groups);
            atClose = Set.copyOf(all);
        }
    }

    private Set<String> joined(boolean create) {
        Set<String> current = joined;
        if (current == null && create) {
            synchronized (this) {
                current = joined;
                if (current == null) {
                    joined = current = ConcurrentHashMap.newKeySet();
                }
            }
        }
        return current;
    }
}
