package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.inject.Singleton;

/**
 * The JSON-RPC WebSocket connections of this instance, and the groups they joined. A group exists while it has
 * members: the last one leaving removes it, so closed connections leave nothing behind.
 */
@Singleton
public class ConnectionRegistry {

    private final ConcurrentMap<String, PushConnection> connections = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<PushConnection>> groups = new ConcurrentHashMap<>();
    /** Set once the application, as it stops, has taken its connections to close them (see {@link #stop}). */
    private volatile boolean stopped;

    /**
     * The connection is open. {@code false} when the application has stopped meanwhile: the connection is closed and
     * forgotten here, and the caller closes it as the application closed the others.
     */
    public boolean opened(PushConnection connection) {
        connections.put(connection.connectionId(), connection);
        // after the put: stop() is set before it lists the connections, so it lists this one, or this sees it stopped
        return !stopped || !closed(connection);
    }

    /**
     * The application stops: the connections open now, for the caller to close. One that opens from now on is refused
     * by {@link #opened}.
     */
    public Collection<PushConnection> stop() {
        stopped = true;
        return connections();
    }

    /**
     * The connection is gone: it is closed and forgotten. {@code true} for the one caller that removed it, so that
     * what follows a close runs once, when the connection and the application stopping both end it.
     */
    public boolean closed(PushConnection connection) {
        if (!connections.remove(connection.connectionId(), connection)) {
            return false;
        }
        connection.close();
        return true;
    }

    /**
     * The connection joins the group. Its own list of groups is changed in the same update of the group, as for
     * {@link #leave}: one lock per group orders a join and a leave of it, and nothing runs between the two changes.
     */
    public void join(String group, PushConnection connection) {
        groups.compute(group, (name, members) -> {
            Set<PushConnection> set = members == null ? ConcurrentHashMap.newKeySet() : members;
            if (set.add(connection)) {
                connection.joined(group);
            }
            return set;
        });
    }

    public void leave(String group, PushConnection connection) {
        groups.computeIfPresent(group, (name, members) -> {
            if (members.remove(connection)) {
                connection.left(group);
            }
            return members.isEmpty() ? null : members;
        });
    }

    public PushConnection connection(String connectionId) {
        return connections.get(connectionId);
    }

    public Collection<PushConnection> members(String group) {
        Set<PushConnection> members = groups.get(group);
        return members == null ? List.of() : List.copyOf(members);
    }

    public Collection<PushConnection> connections() {
        return List.copyOf(connections.values());
    }

    public int connectionCount() {
        return connections.size();
    }

    /** How many subscriptions are active, all connections together. */
    public int subscriptionCount() {
        int count = 0;
        for (PushConnection connection : connections.values()) {
            count += connection.subscriptionCount();
        }
        return count;
    }
}
