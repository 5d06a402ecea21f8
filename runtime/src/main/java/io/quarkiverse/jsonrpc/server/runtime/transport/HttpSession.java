package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** One HTTP request, as the engine sees it. */
final class HttpSession extends ConnectionlessSession {

    private final RoutingContext routingContext;
    /** The path of the {@code @JsonRpcEndpoint} the request came to; {@code null} for the configured path. */
    private final String endpoint;
    private final SecurityIdentity identity;
    /** Whether the application has {@code @SessionScoped} beans: the request is then their session. */
    private final boolean sessionScoped;
    private Map<String, List<String>> headers;
    private CallNetwork network;
    /** Made for the first call that runs, guarded by this session: the calls of a batch may run on several threads. */
    private SessionScope sessionScope;

    HttpSession(RoutingContext routingContext, String endpoint, SecurityIdentity identity, boolean sessionScoped) {
        this.routingContext = routingContext;
        this.endpoint = endpoint;
        this.identity = identity;
        this.sessionScoped = sessionScoped;
    }

    @Override
    protected AutoCloseable enterScope() {
        if (!sessionScoped) {
            return null;
        }
        SessionScope scope;
        synchronized (this) {
            if (sessionScope == null) {
                sessionScope = SessionScope.open();
            }
            scope = sessionScope;
        }
        return scope.enter();
    }

    /** The request is answered, or its client gone: its session-scoped beans are destroyed. */
    void end() {
        SessionScope scope;
        synchronized (this) {
            scope = sessionScope;
        }
        if (scope != null) {
            scope.end();
        }
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.HTTP;
    }

    /** The calls of a batch come on the same request: it is read for the first (they start on the same thread). */
    @Override
    public CallListener.Network network() {
        CallNetwork read = network;
        if (read == null) {
            network = read = CallNetwork.of(routingContext.request());
        }
        return read;
    }

    @Override
    public String header(String name) {
        return routingContext.request().getHeader(name);
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String pathParam(String name) {
        return routingContext.pathParam(name);
    }

    /**
     * The names in lower case, as websockets-next gives the headers of an upgrade request: a method reads
     * {@code headers().get("x-trace")} over both transports, whatever the case the client wrote the name in.
     */
    @Override
    public synchronized Map<String, List<String>> headers() {
        if (headers == null) {
            MultiMap all = routingContext.request().headers();
            Map<String, List<String>> copy = new LinkedHashMap<>();
            // names() has each name once, compared without regard to case
            for (String name : all.names()) {
                copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(new ArrayList<>(all.getAll(name))));
            }
            headers = Map.copyOf(copy);
        }
        return headers;
    }

    @Override
    public SecurityIdentity identity() {
        return identity;
    }
}
