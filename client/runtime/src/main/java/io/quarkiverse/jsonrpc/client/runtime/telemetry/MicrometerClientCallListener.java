package io.quarkiverse.jsonrpc.client.runtime.telemetry;

import java.util.HashSet;
import java.util.Set;
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
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;

/** A timer of every call a client makes. A bean only where the application has quarkus-micrometer. */
@Singleton
public class MicrometerClientCallListener implements ClientCallListener {

    /**
     * Every call: tags {@code client}, {@code method}, {@code outcome} (as the server's, see {@link CallOutcome}, and
     * {@code UNKNOWN} when no answer came), {@code error.code} (bounded, see {@link #MAX_OTHER_ERROR_CODES}).
     */
    public static final String REQUESTS = "jsonrpc.client.requests";

    /**
     * The codes besides the specification's and this project's ({@link JsonRpcErrorCodes}) that a client's timers tag
     * as they are: the first a client is answered with. A server sends any code it likes, and each would be a time
     * series, and a timer held, of its own; past these, a code is tagged {@value #OTHER}, with its own outcome.
     */
    public static final int MAX_OTHER_ERROR_CODES = 20;
    static final String OTHER = "other";

    /** No answer came: the error code of a failure that is not the server's error. */
    private static final int NO_ANSWER = Integer.MIN_VALUE;
    private static final int CANCELLED = Integer.MIN_VALUE + 1;
    /** A code past the client's {@link #MAX_OTHER_ERROR_CODES}, by the outcome it has. */
    private static final int OTHER_CLIENT_ERROR = Integer.MIN_VALUE + 2;
    private static final int OTHER_SERVER_ERROR = Integer.MIN_VALUE + 3;
    private static final Set<Integer> KNOWN_CODES = Set.of(JsonRpcErrorCodes.PARSE_ERROR,
            JsonRpcErrorCodes.INVALID_REQUEST, JsonRpcErrorCodes.METHOD_NOT_FOUND, JsonRpcErrorCodes.INVALID_PARAMS,
            JsonRpcErrorCodes.INTERNAL_ERROR, JsonRpcErrorCodes.UNAUTHORIZED, JsonRpcErrorCodes.FORBIDDEN,
            JsonRpcErrorCodes.TIMEOUT, JsonRpcErrorCodes.TOO_MANY_CALLS, JsonRpcErrorCodes.SHUTTING_DOWN,
            JsonRpcErrorCodes.TOO_MANY_SUBSCRIPTIONS);

    private final MeterRegistry registry;
    /** The timers once registered, as the server's: a meter id built and looked up per call costs more than the call. */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    /** The codes besides the known ones that each client's timers tag, by config key. */
    private final ConcurrentMap<String, Set<Integer>> otherCodes = new ConcurrentHashMap<>();

    private record TimerKey(String client, String method, int errorCode) {
    }

    MicrometerClientCallListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Call onStart(ClientSettings client, String endpoint, String method, Long id) {
        if (!client.telemetry().metrics()) {
            return Call.NONE;
        }
        String configKey = client.configKey();
        return (failure, durationNanos) -> timers.computeIfAbsent(
                new TimerKey(configKey, method, errorCode(configKey, failure)), this::register)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private int errorCode(String configKey, Throwable failure) {
        if (failure == null) {
            return 0;
        }
        if (failure instanceof JsonRpcClientException error) {
            return bounded(configKey, error.code());
        }
        return failure instanceof CancellationException ? CANCELLED : NO_ANSWER;
    }

    /** The code, where known or among the client's first others; else the outcome's {@value #OTHER}. */
    private int bounded(String configKey, int code) {
        if (KNOWN_CODES.contains(code)) {
            return code;
        }
        Set<Integer> others = otherCodes.computeIfAbsent(configKey, key -> new HashSet<>());
        synchronized (others) {
            if (others.contains(code) || others.size() < MAX_OTHER_ERROR_CODES && others.add(code)) {
                return code;
            }
        }
        return CallOutcome.SERVER_ERROR.equals(CallOutcome.of(code)) ? OTHER_SERVER_ERROR : OTHER_CLIENT_ERROR;
    }

    private Timer register(TimerKey key) {
        int code = key.errorCode();
        return Timer.builder(REQUESTS)
                .description("JSON-RPC calls made by a client, by method and outcome")
                .tag("client", key.client())
                .tag("method", key.method())
                .tag("outcome", outcome(code))
                .tag("error.code", errorCodeTag(code))
                .register(registry);
    }

    private static String outcome(int code) {
        return switch (code) {
            case NO_ANSWER -> CallOutcome.UNKNOWN;
            case CANCELLED -> CallOutcome.CANCELLED;
            case OTHER_CLIENT_ERROR -> CallOutcome.CLIENT_ERROR;
            case OTHER_SERVER_ERROR -> CallOutcome.SERVER_ERROR;
            default -> CallOutcome.of(code);
        };
    }

    private static String errorCodeTag(int code) {
        return switch (code) {
            case 0, NO_ANSWER, CANCELLED -> "none";
            case OTHER_CLIENT_ERROR, OTHER_SERVER_ERROR -> OTHER;
            default -> Integer.toString(code);
        };
    }
}
