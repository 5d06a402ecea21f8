package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method of a CDI bean as a JSON-RPC method, callable over the WebSocket and the HTTP transport.
 * <p>
 * The JSON-RPC name is the Java method name unless {@link #value()} gives another; a {@link JsonRpcNamespace} on the
 * declaring class prefixes it. Parameters bind from positional or named params, named by their {@code @JsonProperty}
 * where they have one, else by their Java names, so the code must be compiled with {@code -parameters}.
 *
 * <pre>
 * &#64;JsonRpc
 * public int subtract(int minuend, int subtrahend) {
 *     return minuend - subtrahend;
 * }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonRpc {

    /**
     * The JSON-RPC method name; the Java method name when empty. Names starting with {@code rpc.} are reserved by the
     * specification.
     */
    String value() default "";

    /**
     * The transports over which the method can be called. Called over any other, the method does not exist
     * ({@code -32601 Method not found}). When left out, a method returning a stream ({@code Multi}, or a Kotlin
     * {@code Flow}) is served over {@link JsonRpcTransport#WEBSOCKET} alone, which it needs to flow on.
     */
    JsonRpcTransport[] transports() default { JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP };

    /**
     * How long a call may run, as a duration ({@code "5s"}, {@code "250ms"}, {@code "PT1M"}); past it the client gets
     * {@code -32004 Call timed out} and the method's {@code Uni} is cancelled (a {@code CompletableFuture} too, which
     * stops nothing already computing it; a blocking method's thread runs on, its result dropped). Empty for
     * {@code quarkus.jsonrpc-server.timeout}. At least {@code 1ms}, the finest a timeout counts: the build fails
     * otherwise.
     */
    String timeout() default "";

    /** A short summary of what the method does, for the OpenRPC document and the Dev UI; none when empty. */
    String summary() default "";

    /**
     * A longer explanation of the method, for the OpenRPC document and the Dev UI (Markdown may be used); none when
     * empty.
     */
    String description() default "";
}
