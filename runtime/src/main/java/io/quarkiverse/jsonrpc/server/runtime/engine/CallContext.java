package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** The {@link JsonRpcContext} of one call: the transport's session plus the request's method and id. */
public final class CallContext implements JsonRpcContext {

    private final TransportSession session;
    private final Request request;
    private final CallListener.Call observed;

    CallContext(TransportSession session, Request request) {
        this(session, request, null);
    }

    CallContext(TransportSession session, Request request, CallListener.Call observed) {
        this.session = session;
        this.request = request;
        this.observed = observed;
    }

    /** The context of what happens to a session outside of any call: its lifecycle hooks. */
    public static CallContext of(TransportSession session) {
        return new CallContext(session, new Request(JsonRpcVersion.V2, null, null, null, null));
    }

    /**
     * Makes what the call's listeners carry current on this thread, for the method about to run here.
     *
     * @return to close on this thread when the method returns; {@code null} when nothing listens
     */
    public AutoCloseable enterCall() {
        return observed == null ? null : observed.enter();
    }

    @Override
    public JsonRpcTransport transport() {
        return session.transport();
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public Object requestId() {
        return request.id() == null ? null : request.id().value();
    }

    @Override
    public boolean isNotification() {
        return request.isNotification();
    }

    @Override
    public String header(String name) {
        return session.header(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return session.headers();
    }

    @Override
    public Optional<WebSocketConnection> connection() {
        return Optional.ofNullable(session.connection());
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

    @Override
    public String toString() {
        return "call of " + request.method() + " [id: " + request.id() + ", transport: " + session.transport() + "]";
    }
}
