package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a bean method when a JSON-RPC WebSocket connection opens, before its first call is answered. The method may
 * declare {@link JsonRpcContext}, {@code SecurityIdentity} and {@code WebSocketConnection} parameters, and return
 * {@code void}, or {@code Uni<Void>} or {@code CompletionStage<Void>} for work that completes later; it runs on a
 * worker thread unless it returns a {@code Uni} or a {@code CompletionStage}.
 * <p>
 * Throwing (or failing the {@code Uni} or the {@code CompletionStage}) rejects the connection: it is closed with code
 * 1008 (policy violation) and the exception's message as reason when it is a {@link JsonRpcException}, or
 * "Connection rejected" otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnJsonRpcOpen {
}
