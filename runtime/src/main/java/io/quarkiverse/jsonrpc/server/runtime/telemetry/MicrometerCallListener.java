package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import java.util.List;
import java.util.Locale;
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
    /** The paths of the methods without {@code @JsonRpcEndpoint}, by transport. */
    private final String webSocketPath;
    private final String httpPath;
    /**
     * The timers, once registered: building a meter id and finding it in the registry, tags sorted and filters
     * applied, costs more than a small call. A timer per method, path, transport and outcome, so bounded by the
     * methods.
     */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final List<Gauge> gauges;

    /** A cancelled call has no error code: it ends without an answer. */
    private static final int CANCELLED = Integer.MIN_VALUE;

    private record TimerKey(String method, String uri, JsonRpcTransport transport, int errorCode) {
    }

    MicrometerCallListener(MeterRegistry registry, ConnectionRegistry connections, Instance<ServerAssembly> server,
            JsonRpcServerBuildTimeConfig config) {
        this.registry = registry;
        this.server = server;
        this.names = new MethodNames(server);
        this.webSocketPath = RoutePaths.normalized(config.websocket().path());
        this.httpPath = RoutePaths.normalized(config.http().path());
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
        timers.values().forEach(registry::remove);
    }

    private double callsInFlight() {
        return server.get().admission().callsInFlight();
    }

    @Override
    public Call onStart(Request request) {
        String method = request.method();
        String endpoint = request.endpoint();
        JsonRpcTransport transport = request.transport();
        String uri = endpoint != null ? endpoint : transport == JsonRpcTransport.WEBSOCKET ? webSocketPath : httpPath;
        return new Call() {
            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                record(errorCode == JsonRpcErrorCodes.METHOD_NOT_FOUND ? UNKNOWN_METHOD : names.of(endpoint, method),
                        uri, transport, errorCode, durationNanos);
            }

            @Override
            public void onCancel(long durationNanos) {
                record(names.of(endpoint, method), uri, transport, CANCELLED, durationNanos);
            }
        };
    }

    private void record(String method, String uri, JsonRpcTransport transport, int errorCode, long durationNanos) {
        timers.computeIfAbsent(new TimerKey(method, uri, transport, errorCode), this::register)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private Timer register(TimerKey key) {
        return Timer.builder(REQUESTS)
                .description("JSON-RPC calls, by method, path, transport and outcome")
                .tag("method", key.method())
                .tag("uri", key.uri())
                .tag("transport", key.transport().name().toLowerCase(Locale.ROOT))
                .tag("outcome", key.errorCode() == CANCELLED ? CallOutcome.CANCELLED : CallOutcome.of(key.errorCode()))
                .tag("error.code", key.errorCode() == 0 || key.errorCode() == CANCELLED ? "none"
                        : Integer.toString(key.errorCode()))
                .register(registry);
    }
}
