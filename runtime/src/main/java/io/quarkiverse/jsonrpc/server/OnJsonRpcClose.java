package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a bean method when a JSON-RPC WebSocket connection has closed, after it left its groups and its subscriptions
 * were cancelled. Parameters and return types as for {@link OnJsonRpcOpen}; a failure is logged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnJsonRpcClose {
}
