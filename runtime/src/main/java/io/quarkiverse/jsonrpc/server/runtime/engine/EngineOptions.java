package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Map;

/**
 * How the engine behaves, from configuration and from the build.
 *
 * @param maxBatchSize the largest batch answered; a larger one gets a single -32600
 * @param includeDetails whether an unexpected exception's class and message reach the client
 * @param declaredErrors exception class name → the error it declares with {@code @JsonRpcError}
 */
public record EngineOptions(int maxBatchSize, boolean includeDetails, Map<String, DeclaredError> declaredErrors) {

    public EngineOptions {
        declaredErrors = Map.copyOf(declaredErrors);
    }
}
