package io.quarkiverse.jsonrpc.server.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** One HTTP request received by {@link RestBaseline#restEngine}, as the engine sees it. */
final class RestSession implements TransportSession {

    private final HttpHeaders headers;

    RestSession(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.HTTP;
    }

    @Override
    public String header(String name) {
        return headers.getHeaderString(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers.getRequestHeaders();
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
    public SecurityIdentity identity() {
        return null;
    }

    @Override
    public Map<String, Object> userData() {
        return Map.of();
    }

    @Override
    public void join(String group) {
        throw new IllegalStateException("No groups over HTTP");
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
        return Uni.createFrom().failure(new IllegalStateException("No notifications over HTTP"));
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
