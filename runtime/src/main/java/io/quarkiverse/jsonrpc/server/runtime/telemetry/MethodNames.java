package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import jakarta.enterprise.inject.Instance;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * The name metrics and spans give a call: its method's when the application declares it at the call's endpoint,
 * {@link CallListener#UNKNOWN_METHOD} for any other. Not only a call answered {@code -32601} may name a method that
 * does not exist: one refused as one call too many ({@code -32005}) is refused before its name is looked up, and each
 * name a client makes up would otherwise be a new time series (and a timer held for good) and a new span name.
 */
final class MethodNames {

    /** Looked up at the first call: the server is built with its listeners, whose names these are. */
    private final Instance<ServerAssembly> server;
    private volatile ServerAssembly assembled;

    MethodNames(Instance<ServerAssembly> server) {
        this.server = server;
    }

    /** @param endpoint the path of the {@code @JsonRpcEndpoint} the call came to, {@code null} for the configured ones */
    String of(String endpoint, String method) {
        ServerAssembly s = assembled;
        if (s == null) {
            assembled = s = server.get();
        }
        return s.declares(endpoint, method) ? method : CallListener.UNKNOWN_METHOD;
    }
}
