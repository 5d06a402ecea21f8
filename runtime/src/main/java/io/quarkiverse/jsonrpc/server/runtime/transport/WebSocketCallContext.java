package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** The context of a call on a WebSocket connection: what the method sees of its connection. */
final class WebSocketCallContext extends CallContext {

    private final WebSocketSession session;

    WebSocketCallContext(WebSocketSession session, CallInfo call) {
        super(call);
        this.session = session;
    }

    /** The connection's session context, where it has one. */
    @Override
    protected AutoCloseable enterScope() {
        SessionScope scope = session.sessionScope();
        return scope == null ? null : scope.enter();
    }

    @Override
    protected Executor resumer() {
        return CallResumption.here();
    }

    @Override
    public Runnable methodOutlivesCall() {
        return session.outliveCall();
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.WEBSOCKET;
    }

    @Override
    public String header(String name) {
        return session.connection().handshakeRequest().header(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return session.connection().handshakeRequest().headers();
    }

    @Override
    public String clientAddress() {
        return session.network().clientAddress();
    }

    @Override
    public String endpoint() {
        return session.endpoint();
    }

    @Override
    public String pathParam(String name) {
        return session.connection().pathParam(name);
    }

    @Override
    public Optional<WebSocketConnection> connection() {
        return Optional.of(session.connection());
    }

    @Override
    public String connectionId() {
        return session.connectionId();
    }

    @Override
    public void join(String group) {
        session.join(group);
    }

    @Override
    public void leave(String group) {
        session.leave(group);
    }

    @Override
    public Set<String> groups() {
        return session.groups();
    }

    @Override
    public Uni<Void> notify(String method, Object params) {
        return session.notify(method, params);
    }

    @Override
    public SecurityIdentity identity() {
        return session.identity();
    }

    @Override
    public Map<String, Object> userData() {
        return session.userData();
    }
}
