package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * The Micrometer meters of the server: a timer of every call, the calls in flight, the open WebSocket connections and
 * the active subscriptions. A bean only where the application has quarkus-micrometer.
 */
@Singleton
public class MicrometerCallListener implements CallListener {

    /** Every call: tags {@code method}, {@code transport}, {@code outcome}, {@code error.code}. */
    public static final String REQUESTS = "jsonrpc.server.requests";
    public static final String ACTIVE_REQUESTS = "jsonrpc.server.requests.active";
    public static final String CONNECTIONS = "jsonrpc.server.connections";
    public static final String SUBSCRIPTIONS = "jsonrpc.server.subscriptions";

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();
    /**
     * The timers, once registered: building a meter id and finding it in the registry, tags sorted and filters
     * applied, costs more than a small call. A timer per method, transport and outcome, so bounded by the methods.
     */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String method, JsonRpcTransport transport, int errorCode) {
    }

    MicrometerCallListener(MeterRegistry registry, ConnectionRegistry connections) {
        this.registry = registry;
        Gauge.builder(ACTIVE_REQUESTS, active, AtomicInteger::get)
                .description("JSON-RPC calls being answered").register(registry);
        Gauge.builder(CONNECTIONS, connections, ConnectionRegistry::connectionCount)
                .description("Open JSON-RPC WebSocket connections").register(registry);
        Gauge.builder(SUBSCRIPTIONS, connections, ConnectionRegistry::subscriptionCount)
                .description("Active JSON-RPC subscriptions").register(registry);
    }

    @Override
    public Call onStart(String method, JsonRpcTransport transport, String version, Object id) {
        active.incrementAndGet();
        return (errorCode, errorMessage, durationNanos) -> {
            active.decrementAndGet();
            TimerKey key = new TimerKey(errorCode == JsonRpcErrorCodes.METHOD_NOT_FOUND ? UNKNOWN_METHOD : method, transport,
                    errorCode);
            timers.computeIfAbsent(key, this::register).record(durationNanos, TimeUnit.NANOSECONDS);
        };
    }

    private Timer register(TimerKey key) {
        return Timer.builder(REQUESTS)
                .description("JSON-RPC calls, by method, transport and outcome")
                .tag("method", key.method())
                .tag("transport", key.transport().name().toLowerCase(Locale.ROOT))
                .tag("outcome", key.errorCode() == 0 ? "success" : "error")
                .tag("error.code", key.errorCode() == 0 ? "none" : Integer.toString(key.errorCode()))
                .register(registry);
    }
}
