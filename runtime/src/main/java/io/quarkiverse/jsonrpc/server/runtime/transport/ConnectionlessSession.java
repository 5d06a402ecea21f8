package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A session that lives as long as one message, as an HTTP request does: there is no connection to notify later, so
 * groups, notifications and subscriptions are refused. Subclasses say which transport, the headers and the caller;
 * {@link #of} makes one of given values.
 */
public abstract class ConnectionlessSession implements TransportSession {

    private Map<String, Object> userData;

    /**
     * A session whose transport, headers and caller are known up front, for a caller of the engine that is none of
     * the extension's transports: a REST endpoint in front of it, a benchmark, a test.
     *
     * @param headers by name, as given: the extension's transports give the names in lower case (see
     *        {@code JsonRpcContext#headers()}); a case-insensitive map keeps HTTP's rules
     * @param identity the caller; {@code null} for none
     */
    public static ConnectionlessSession of(JsonRpcTransport transport, Map<String, List<String>> headers,
            SecurityIdentity identity) {
        return new Given(transport, headers, identity);
    }

    /** The first value of a header of the request; {@code null} if absent. */
    public abstract String header(String name);

    /** Every header of the request. */
    public abstract Map<String, List<String>> headers();

    /** The caller; {@code null} when the transport has none to offer. */
    public abstract SecurityIdentity identity();

    /** The value of a path parameter of the request's URL; {@code null} for none, as by default. */
    public String pathParam(String name) {
        return null;
    }

    @Override
    public CallContext context(CallInfo call) {
        return new Context(call);
    }

    /**
     * Makes what lives as long as this message current on this thread, for a method about to run here.
     *
     * @return to close on this thread when the method returns; {@code null} when there is nothing, as by default
     */
    protected AutoCloseable enterScope() {
        return null;
    }

    @Override
    public String subscribe(String method, Multi<?> stream) {
        return null;
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        return false;
    }

    @Override
    public boolean streams() {
        return false;
    }

    private synchronized Map<String, Object> userData() {
        if (userData == null) {
            userData = new ConcurrentHashMap<>();
        }
        return userData;
    }

    /** The context of a call of this message. */
    private final class Context extends CallContext {

        Context(CallInfo call) {
            super(call);
        }

        @Override
        protected Executor resumer() {
            return CallResumption.here();
        }

        @Override
        protected AutoCloseable enterScope() {
            return ConnectionlessSession.this.enterScope();
        }

        @Override
        public JsonRpcTransport transport() {
            return ConnectionlessSession.this.transport();
        }

        @Override
        public String header(String name) {
            return ConnectionlessSession.this.header(name);
        }

        @Override
        public Map<String, List<String>> headers() {
            return ConnectionlessSession.this.headers();
        }

        @Override
        public String clientAddress() {
            CallListener.Network network = ConnectionlessSession.this.network();
            return network == null ? null : network.clientAddress();
        }

        @Override
        public String endpoint() {
            return ConnectionlessSession.this.endpoint();
        }

        @Override
        public String pathParam(String name) {
            return ConnectionlessSession.this.pathParam(name);
        }

        @Override
        public Optional<WebSocketConnection> connection() {
            return Optional.empty();
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
        public SecurityIdentity identity() {
            return ConnectionlessSession.this.identity();
        }

        @Override
        public Map<String, Object> userData() {
            return ConnectionlessSession.this.userData();
        }
    }

    private static final class Given extends ConnectionlessSession {

        private final JsonRpcTransport transport;
        private final Map<String, List<String>> headers;
        private final SecurityIdentity identity;

        Given(JsonRpcTransport transport, Map<String, List<String>> headers, SecurityIdentity identity) {
            this.transport = transport;
            this.headers = headers;
            this.identity = identity;
        }

        @Override
        public JsonRpcTransport transport() {
            return transport;
        }

        @Override
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public Map<String, List<String>> headers() {
            return headers;
        }

        @Override
        public SecurityIdentity identity() {
            return identity;
        }
    }
}
