package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.transport.WebSocketSession;

/**
 * The JSON-RPC WebSocket connections of this instance, and the groups they joined. A group exists while it has
 * members: the last one leaving removes it, so closed connections leave nothing behind.
 */
@Singleton
public class ConnectionRegistry {

    private final ConcurrentMap<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<WebSocketSession>> groups = new ConcurrentHashMap<>();

    public void opened(WebSocketSession session) {
        sessions.put(session.connectionId(), session);
    }

    public void closed(WebSocketSession session) {
        session.close();
        sessions.remove(session.connectionId(), session);
    }

    public void join(String group, WebSocketSession session) {
        groups.compute(group, (name, members) -> {
            Set<WebSocketSession> set = members == null ? ConcurrentHashMap.newKeySet() : members;
            set.add(session);
            return set;
        });
    }

    public void leave(String group, WebSocketSession session) {
        groups.computeIfPresent(group, (name, members) -> {
            members.remove(session);
            return members.isEmpty() ? null : members;
        });
    }

    public WebSocketSession session(String connectionId) {
        return sessions.get(connectionId);
    }

    public Collection<WebSocketSession> members(String group) {
        Set<WebSocketSession> members = groups.get(group);
        return members == null ? List.of() : List.copyOf(members);
    }

    public Collection<WebSocketSession> sessions() {
        return List.copyOf(sessions.values());
    }

    public int connectionCount() {
        return sessions.size();
    }

    /** How many group memberships exist, all groups together. */
    public int membershipCount() {
        int count = 0;
        for (Set<WebSocketSession> members : groups.values()) {
            count += members.size();
        }
        return count;
    }

    public int groupCount() {
        return groups.size();
    }

    /** How many subscriptions are active, all connections together. */
    public int subscriptionCount() {
        int count = 0;
        for (WebSocketSession session : sessions.values()) {
            count += session.subscriptionCount();
        }
        return count;
    }
}
