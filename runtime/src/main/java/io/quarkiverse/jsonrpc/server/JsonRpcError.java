package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an exception class (and its subclasses) to a JSON-RPC error. When a {@link JsonRpc} method throws it, the
 * client receives {@code {"code": code, "message": message}}; an empty {@link #message()} means the exception's
 * own message.
 *
 * <pre>
 * &#64;JsonRpcError(code = 1001, message = "Insufficient funds")
 * public class InsufficientFundsException extends RuntimeException {
 * }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRpcError {

    /** The JSON-RPC error code. Application codes should stay out of the reserved range -32768 to -32000. */
    int code();

    /** The error message; the exception's message when empty. */
    String message() default "";
}
