package io.quarkiverse.jsonrpc.client.runtime.telemetry;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.ClientCallListener;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.common.telemetry.CallOutcome;

/** A timer of every call a client makes. A bean only where the application has quarkus-micrometer. */
@Singleton
public class MicrometerClientCallListener implements ClientCallListener {

    /**
     * Every call: tags {@code client}, {@code method}, {@code outcome} (as the server's, see {@link CallOutcome}, and
     * {@code UNKNOWN} when no answer came), {@code error.code}.
     */
    public static final String REQUESTS = "jsonrpc.client.requests";

    /** No answer came: the error code of a failure that is not the server's error. */
    private static final int NO_ANSWER = Integer.MIN_VALUE;
    private static final int CANCELLED = Integer.MIN_VALUE + 1;

    private final MeterRegistry registry;
    /** The timers once registered, as the server's: a meter id built and looked up per call costs more than the call. */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String client, String method, int errorCode) {
    }

    MicrometerClientCallListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Call onStart(ClientSettings client, String method, Long id) {
        if (!client.telemetry().metrics()) {
            return Call.NONE;
        }
        String configKey = client.configKey();
        return (failure, durationNanos) -> timers.computeIfAbsent(new TimerKey(configKey, method, errorCode(failure)),
                this::register).record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private static int errorCode(Throwable failure) {
        if (failure == null) {
            return 0;
        }
        if (failure instanceof JsonRpcClientException error) {
            return error.code();
        }
        return failure instanceof CancellationException ? CANCELLED : NO_ANSWER;
    }

    private Timer register(TimerKey key) {
        int code = key.errorCode();
        return Timer.builder(REQUESTS)
                .description("JSON-RPC calls made by a client, by method and outcome")
                .tag("client", key.client())
                .tag("method", key.method())
                .tag("outcome", code == NO_ANSWER ? CallOutcome.UNKNOWN
                        : code == CANCELLED ? CallOutcome.CANCELLED : CallOutcome.of(code))
                .tag("error.code", code == 0 || code == NO_ANSWER || code == CANCELLED ? "none" : Integer.toString(code))
                .register(registry);
    }
}
