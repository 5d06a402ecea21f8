package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.smallrye.mutiny.Uni;

/**
 * Whether the caller may call a method at all, as its security annotations say, asked where its params cannot be
 * bound: a caller who may not call it is told so, as the method would tell it, and not what is wrong with the params,
 * which would say what the method takes to a caller that may not know it (Quarkus REST checks before it reads a body).
 * Calls whose params bind are checked where the method runs, by Quarkus security's interceptor.
 */
@FunctionalInterface
public interface CallerCheck {

    /** Completes when the caller may call the method; fails with Quarkus security's exception when not. */
    Uni<?> check(JsonRpcContext call);
}
