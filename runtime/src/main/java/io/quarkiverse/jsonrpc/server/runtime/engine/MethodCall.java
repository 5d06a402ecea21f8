package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.smallrye.mutiny.Uni;

/**
 * Calls the Java method behind a JSON-RPC method with bound arguments, on the thread its execution model asks for.
 * The engine does not know how: the runtime gives it generated invokers, tests give it lambdas.
 */
@FunctionalInterface
public interface MethodCall {

    /** Completes with the method's result ({@code null} for {@code void}), or fails with what it threw. */
    Uni<Object> call(Object[] args, JsonRpcContext context);
}
