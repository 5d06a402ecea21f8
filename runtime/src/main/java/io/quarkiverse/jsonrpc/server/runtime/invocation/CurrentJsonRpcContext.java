package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * The {@link JsonRpcContext} beans inject: each method answers for the call being served where it is called, as a
 * {@code JsonRpcContext} parameter would, and fails outside of one. The build gives a method whose beans inject it a
 * request context of its own, which carries the call ({@link CurrentCall}). Removed by ArC when nothing injects it.
 */
@Singleton
public class CurrentJsonRpcContext implements JsonRpcContext {

    static final String NOT_IN_A_CALL = "JsonRpcContext is only available during a JSON-RPC call: an injected"
            + " JsonRpcContext answers for the @JsonRpc method (or @OnJsonRpcOpen/@OnJsonRpcClose method) that runs, on"
            + " its thread and in the stages of the Uni it returns, and no JSON-RPC call is being served here (a REST"
            + " request, a scheduled job or a thread of your own is none). A bean that the method reaches in a way no"
            + " injection point shows (a static lookup) needs quarkus.jsonrpc-server.activate-request-context=always";

    private final CurrentCall call;

    CurrentJsonRpcContext(CurrentCall call) {
        this.call = call;
    }

    private JsonRpcContext current() {
        JsonRpcContext context = Arc.container().requestContext().isActive() ? call.get() : null;
        if (context == null) {
            throw new IllegalStateException(NOT_IN_A_CALL);
        }
        return context;
    }

    @Override
    public JsonRpcTransport transport() {
        return current().transport();
    }

    @Override
    public String method() {
        return current().method();
    }

    @Override
    public Object requestId() {
        return current().requestId();
    }

    @Override
    public boolean isNotification() {
        return current().isNotification();
    }

    @Override
    public String header(String name) {
        return current().header(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return current().headers();
    }

    @Override
    public String clientAddress() {
        return current().clientAddress();
    }

    @Override
    public String endpoint() {
        return current().endpoint();
    }

    @Override
    public String pathParam(String name) {
        return current().pathParam(name);
    }

    @Override
    public Optional<WebSocketConnection> connection() {
        return current().connection();
    }

    @Override
    public String connectionId() {
        return current().connectionId();
    }

    @Override
    public void join(String group) {
        current().join(group);
    }

    @Override
    public void leave(String group) {
        current().leave(group);
    }

    @Override
    public Set<String> groups() {
        return current().groups();
    }

    @Override
    public Uni<Void> notify(String method, Object params) {
        return current().notify(method, params);
    }

    @Override
    public SecurityIdentity identity() {
        return current().identity();
    }

    @Override
    public Map<String, Object> userData() {
        return current().userData();
    }

    /** Never fails: a debugger or a log line may show it anywhere. */
    @Override
    public String toString() {
        JsonRpcContext context = Arc.container().requestContext().isActive() ? call.get() : null;
        return context == null ? "JsonRpcContext (no call)" : context.toString();
    }
}
