package io.quarkiverse.jsonrpc.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an interface a JSON-RPC client: its {@link io.quarkiverse.jsonrpc.server.JsonRpc} methods call the server
 * configured under {@code quarkus.jsonrpc-client."<configKey>".url}, and it can be injected with
 * {@link JsonRpcClient}.
 *
 * <pre>
 * &#64;RegisterJsonRpcClient(configKey = "calc")
 * public interface Calc {
 *     &#64;JsonRpc
 *     int subtract(int minuend, int subtrahend);
 * }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RegisterJsonRpcClient {

    /** The key of the client's configuration; the interface's fully qualified name when empty. */
    String configKey() default "";

    /**
     * A bean that makes headers for each HTTP request, or for each opening of the WebSocket connection, such as a
     * bearer token that expires; none when left to {@code JsonRpcClientHeaders.class}.
     */
    Class<? extends JsonRpcClientHeaders> headers() default JsonRpcClientHeaders.class;
}
