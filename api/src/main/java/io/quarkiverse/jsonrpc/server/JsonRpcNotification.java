package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link JsonRpc} method of a JSON-RPC client interface as a notification: the client sends it without an
 * {@code id} and expects no response. The method returns {@code void} (it returns once the message is written over a
 * WebSocket, once the server has answered the POST over HTTP) or {@code Uni<Void>}. A server bean implementing the same
 * interface serves the method as usual: the annotation only
 * tells the client not to wait for an answer.
 *
 * <pre>
 * &#64;JsonRpc("notify_hello")
 * &#64;JsonRpcNotification
 * void notifyHello(int value);
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonRpcNotification {
}
