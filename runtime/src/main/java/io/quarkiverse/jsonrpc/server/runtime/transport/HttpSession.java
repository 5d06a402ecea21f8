package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** One HTTP request, as the engine sees it. */
final class HttpSession implements TransportSession {

    private final RoutingContext routingContext;
    private final SecurityIdentity identity;
    private Map<String, List<String>> headers;
    private Map<String, Object> userData;

    HttpSession(RoutingContext routingContext, SecurityIdentity identity) {
        this.routingContext = routingContext;
        this.identity = identity;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.HTTP;
    }

    @Override
    public String header(String name) {
        return routingContext.request().getHeader(name);
    }

    @Override
    public synchronized Map<String, List<String>> headers() {
        if (headers == null) {
            MultiMap all = routingContext.request().headers();
            Map<String, List<String>> copy = new LinkedHashMap<>();
            for (String name : all.names()) {
                copy.put(name, List.copyOf(new ArrayList<>(all.getAll(name))));
            }
            headers = Map.copyOf(copy);
        }
        return headers;
    }

    @Override
    public WebSocketConnection connection() {
        return null;
    }

    @Override
    public String connectionId() {
        return null;
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

    @Override
    public SecurityIdentity identity() {
        return identity;
    }

    @Override
    public synchronized Map<String, Object> userData() {
        if (userData == null) {
            userData = new ConcurrentHashMap<>();
        }
        return userData;
    }
}
