package io.quarkiverse.jsonrpc.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Receives the notifications a server sends over a WebSocket client's connection, by JSON-RPC method name. The
 * notification's {@code params} are read into the parameter's type (a record, a {@code Map}, a {@code JsonNode}...).
 * <p>
 * On a method of a client interface, with no parameter and returning {@code Multi<T>}: subscribing opens the
 * connection, every notification is an item, and cancelling stops the delivery.
 *
 * <pre>
 * &#64;OnJsonRpcNotification("chat.message")
 * Multi&lt;ChatMessage&gt; messages();
 * </pre>
 * <p>
 * On a method of a bean, with {@link #client()} naming the client's config key and at most one parameter: the method
 * is called for every notification, on a worker thread in the order they arrive, or on the event loop when it returns
 * a {@code Uni} or a {@code CompletionStage}. The client connects at startup and reconnects after a drop.
 *
 * <pre>
 * &#64;OnJsonRpcNotification(value = "chat.message", client = "chat")
 * void onMessage(ChatMessage message) { ... }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnJsonRpcNotification {

    /** The JSON-RPC method of the notifications. */
    String value();

    /** On a bean method: the config key of the client whose connection carries them. Not used on an interface. */
    String client() default "";
}
