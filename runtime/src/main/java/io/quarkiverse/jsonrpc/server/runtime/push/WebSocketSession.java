package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;

/** One WebSocket connection, as the engine sees it; it lives as long as the connection. */
final class WebSocketSession implements TransportSession {

    private final WebSocketConnection connection;
    private final SecurityIdentity identity;
    private final Map<String, Object> userData = new ConcurrentHashMap<>();

    WebSocketSession(WebSocketConnection connection, SecurityIdentity identity) {
        this.connection = connection;
        this.identity = identity;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.WEBSOCKET;
    }

    @Override
    public String header(String name) {
        return connection.handshakeRequest().header(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return connection.handshakeRequest().headers();
    }

    @Override
    public WebSocketConnection connection() {
        return connection;
    }

    @Override
    public SecurityIdentity identity() {
        return identity;
    }

    @Override
    public Map<String, Object> userData() {
        return userData;
    }
}
