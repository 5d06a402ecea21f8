package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Uni;

/**
 * A method the application declared with {@code @JsonRpcExceptionMapper}, as the engine calls it. The runtime gives it
 * generated invokers, tests give it lambdas.
 */
public interface ExceptionMapperCall {

    /** The mapper as {@code Class#method}, for the log. */
    String name();

    /** The error for this exception; a {@code null} item declines to map it. */
    Uni<JsonRpcException> map(Throwable exception, JsonRpcContext context);
}
