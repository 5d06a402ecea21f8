package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A session that lives as long as one message, as an HTTP request does: there is no connection to notify later, so
 * groups, notifications and subscriptions are refused. Subclasses say which transport, the headers and the caller.
 */
public abstract class ConnectionlessSession implements TransportSession {

    private Map<String, Object> userData;

    @Override
    public WebSocketConnection connection() {
        return null;
    }

    @Override
    public String connectionId() {
        return null;
    }

    @Override
    public synchronized Map<String, Object> userData() {
        if (userData == null) {
            userData = new ConcurrentHashMap<>();
        }
        return userData;
    }

    @Override
    public void join(String group) {
        throw new IllegalStateException("Groups are for WebSocket connections: over HTTP nothing stays to notify");
    }

    @Override
    public void leave(String group) {
    }

    @Override
    public Set<String> groups() {
        return Set.of();
    }

    @Override
    public Uni<Void> notify(String method, Object params) {
        return Uni.createFrom().failure(new IllegalStateException(
                "Notifications need a WebSocket connection: over HTTP the response is the only message"));
    }

    @Override
    public String subscribe(Multi<?> stream) {
        return null;
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        return false;
    }
}
