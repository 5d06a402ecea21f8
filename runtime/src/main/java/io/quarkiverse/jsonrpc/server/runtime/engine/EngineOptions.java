package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How the engine behaves, from configuration and from the build.
 *
 * @param maxBatchSize the largest batch answered; a larger one gets a single -32600; 0 refuses every batch
 * @param includeDetails whether an unexpected exception's class and message reach the client
 * @param declaredErrors exception class name → the error it declares with {@code @JsonRpcError}
 * @param openRpcDocument the result of {@code rpc.discover}, as JSON; {@code null} when discovery is off
 * @param timeout how long a call may run unless its method says otherwise; {@code null} for no limit
 * @param maxResponseSize the largest response sent, in bytes; a result that would make a larger one is answered with
 *        -32603 instead
 * @param readLimits the values of the {@code quarkus.jsonrpc-server.limits.*} read limits that are set: a message past
 *        a limit of the ObjectMapper is told the property when the limit is its value, else the mapper's own
 * @param requiredCreatorParams the constructor parameters params must give though Jackson would fill them in, as
 *        {@link io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams#key} names them
 */
public record EngineOptions(int maxBatchSize, boolean includeDetails, Map<String, DeclaredError> declaredErrors,
        String openRpcDocument, Duration timeout, int maxResponseSize, Map<ReadLimit, Long> readLimits,
        Set<String> requiredCreatorParams) {

    /** The default of {@code quarkus.jsonrpc-server.limits.max-response-size}: 10 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = 10 * 1024 * 1024;

    public EngineOptions {
        declaredErrors = Map.copyOf(declaredErrors);
        readLimits = Map.copyOf(readLimits);
        requiredCreatorParams = Set.copyOf(requiredCreatorParams);
    }

    /** Options without required constructor parameters of the build's. */
    public EngineOptions(int maxBatchSize, boolean includeDetails, Map<String, DeclaredError> declaredErrors,
            String openRpcDocument, Duration timeout, int maxResponseSize, Map<ReadLimit, Long> readLimits) {
        this(maxBatchSize, includeDetails, declaredErrors, openRpcDocument, timeout, maxResponseSize, readLimits,
                Set.of());
    }

    /** Options whose read limits are all the ObjectMapper's own. */
    public EngineOptions(int maxBatchSize, boolean includeDetails, Map<String, DeclaredError> declaredErrors,
            String openRpcDocument, Duration timeout, int maxResponseSize) {
        this(maxBatchSize, includeDetails, declaredErrors, openRpcDocument, timeout, maxResponseSize, Map.of(), Set.of());
    }

    /** Options without discovery ({@code rpc.discover} is not found), without timeout, with the default sizes. */
    public EngineOptions(int maxBatchSize, boolean includeDetails, Map<String, DeclaredError> declaredErrors) {
        this(maxBatchSize, includeDetails, declaredErrors, null, null, DEFAULT_MAX_RESPONSE_SIZE, Map.of(), Set.of());
    }
}
