package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.jsonrpc.common.RoutePaths;
import io.quarkiverse.jsonrpc.common.telemetry.CallOutcome;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * The Micrometer meters of the server: a timer of every call, the calls in flight, the open WebSocket connections and
 * the active subscriptions. A bean only where the application has quarkus-micrometer.
 */
@Singleton
public class MicrometerCallListener implements CallListener {

    /**
     * Every call: tags {@code method}, {@code uri} (the path the call came to, as the application writes it: its
     * {@code @JsonRpcEndpoint}'s, or its transport's configured path), {@code transport}, {@code outcome} (see
     * {@link CallOutcome}: {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, or {@code CANCELLED} when its
     * connection closed before the answer), {@code error.code}.
     */
    public static final String REQUESTS = "jsonrpc.server.requests";
    public static final String ACTIVE_REQUESTS = "jsonrpc.server.requests.active";
    public static final String CONNECTIONS = "jsonrpc.server.connections";
    public static final String SUBSCRIPTIONS = "jsonrpc.server.subscriptions";

    private final MeterRegistry registry;
    /** Looked up when the gauge is read: the server is built with its listeners, this one among them. */
    private final Instance<ServerAssembly> server;
    private final MethodNames names;
    /**
     * The meters of the calls to each path over each transport, found without making anything: building a meter id
     * and finding it in the registry, tags sorted and filters applied, costs more than a small call, and so would an
     * object made per call. A timer per method, path, transport and outcome, so bounded by the methods.
     */
    private final ConcurrentMap<String, PathMeters> webSocketEndpoints = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, PathMeters> httpEndpoints = new ConcurrentHashMap<>();
    /** Those of the configured paths, of the methods without {@code @JsonRpcEndpoint}. */
    private final PathMeters webSocket;
    private final PathMeters http;
    /** Every timer registered, to take out of the registry as the application stops. */
    private final Set<Timer> timers = ConcurrentHashMap.newKeySet();
    private final List<Gauge> gauges;

    /** A cancelled call has no error code: it ends without an answer. */
    private static final int CANCELLED = Integer.MIN_VALUE;

    MicrometerCallListener(MeterRegistry registry, ConnectionRegistry connections, Instance<ServerAssembly> server,
            JsonRpcServerBuildTimeConfig config) {
        this.registry = registry;
        this.server = server;
        this.names = new MethodNames(server);
        this.webSocket = new PathMeters(null, RoutePaths.normalized(config.websocket().path()),
                JsonRpcTransport.WEBSOCKET);
        this.http = new PathMeters(null, RoutePaths.normalized(config.http().path()), JsonRpcTransport.HTTP);
        // the engine's own count, which graceful shutdown waits for: one count of the calls in flight
        this.gauges = List.of(
                Gauge.builder(ACTIVE_REQUESTS, this, MicrometerCallListener::callsInFlight)
                        .description("JSON-RPC calls being answered").register(registry),
                Gauge.builder(CONNECTIONS, connections, ConnectionRegistry::connectionCount)
                        .description("Open JSON-RPC WebSocket connections").register(registry),
                Gauge.builder(SUBSCRIPTIONS, connections, ConnectionRegistry::subscriptionCount)
                        .description("Active JSON-RPC subscriptions").register(registry));
    }

    /**
     * Takes this application's meters out of the registry as it stops. Micrometer's global registry can outlive the
     * application: in tests Quarkus can start the application again in the same JVM (a surefire fork given its test
     * classes one at a time does), and keeps the meters then; only dev mode's restart drops them. Registering a gauge
     * of the same name would give back the one kept, which reads the stopped application's connections.
     */
    @PreDestroy
    void removeMeters() {
        gauges.forEach(registry::remove);
        timers.forEach(registry::remove);
    }

    private double callsInFlight() {
        return server.get().admission().callsInFlight();
    }

    @Override
    public Call onStart(Request request) {
        return path(request.endpoint(), request.transport()).method(request.method());
    }

    private PathMeters path(String endpoint, JsonRpcTransport transport) {
        boolean overWebSocket = transport == JsonRpcTransport.WEBSOCKET;
        if (endpoint == null) {
            return overWebSocket ? webSocket : http;
        }
        ConcurrentMap<String, PathMeters> endpoints = overWebSocket ? webSocketEndpoints : httpEndpoints;
        PathMeters path = endpoints.get(endpoint);
        // the endpoints are the application's: bounded
        return path != null ? path : endpoints.computeIfAbsent(endpoint, e -> new PathMeters(e, e, transport));
    }

    /** The meters of the calls to one path over one transport. */
    private final class PathMeters {

        private final String endpoint;
        private final String uri;
        private final JsonRpcTransport transport;
        /** Of the methods declared at the path, once called. */
        private final ConcurrentMap<String, MethodMeters> methods = new ConcurrentHashMap<>();
        /** Of every name the path declares no method for: a client must not choose tags. */
        private final MethodMeters unknown;

        PathMeters(String endpoint, String uri, JsonRpcTransport transport) {
            this.endpoint = endpoint;
            this.uri = uri;
            this.transport = transport;
            this.unknown = new MethodMeters(UNKNOWN_METHOD, this);
        }

        MethodMeters method(String name) {
            MethodMeters method = methods.get(name);
            if (method != null) {
                return method;
            }
            if (UNKNOWN_METHOD.equals(names.of(endpoint, name))) {
                return unknown;
            }
            return methods.computeIfAbsent(name, declared -> new MethodMeters(declared, this));
        }
    }

    /**
     * The timers of one method at one path, by outcome, and what its calls follow: shared by them all, since it keeps
     * nothing of any one call.
     */
    private final class MethodMeters implements Call {

        private final String method;
        private final PathMeters path;
        /** The timer of its answered calls, the common case, found without a lookup once registered. */
        private volatile Timer answered;
        private final ConcurrentMap<Integer, Timer> byErrorCode = new ConcurrentHashMap<>();

        MethodMeters(String method, PathMeters path) {
            this.method = method;
            this.path = path;
        }

        @Override
        public void onEnd(int errorCode, String errorMessage, long durationNanos) {
            MethodMeters meters = errorCode == JsonRpcErrorCodes.METHOD_NOT_FOUND ? path.unknown : this;
            meters.timer(errorCode).record(durationNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void onCancel(long durationNanos) {
            timer(CANCELLED).record(durationNanos, TimeUnit.NANOSECONDS);
        }

        private Timer timer(int errorCode) {
            if (errorCode != 0) {
                return byErrorCode.computeIfAbsent(errorCode, this::register);
            }
            Timer timer = answered;
            if (timer == null) {
                // two threads may both register it: the registry gives both the same timer
                answered = timer = register(0);
            }
            return timer;
        }

        private Timer register(int errorCode) {
            Timer timer = Timer.builder(REQUESTS)
                    .description("JSON-RPC calls, by method, path, transport and outcome")
                    .tag("method", method)
                    .tag("uri", path.uri)
                    .tag("transport", path.transport.name().toLowerCase(Locale.ROOT))
                    .tag("outcome", errorCode == CANCELLED ? CallOutcome.CANCELLED : CallOutcome.of(errorCode))
                    .tag("error.code", errorCode == 0 || errorCode == CANCELLED ? "none" : Integer.toString(errorCode))
                    .register(registry);
            timers.add(timer);
            return timer;
        }
    }
}
