package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an exception class (and its subclasses) to a JSON-RPC error. When a {@link JsonRpc} method throws it, the
 * client receives {@code {"code": code, "message": message}}; an empty {@link #message()} means the exception's
 * own message. An exception that implements {@link Data} adds the error's {@code data} member.
 *
 * <pre>
 * &#64;JsonRpcError(code = 1001, message = "Insufficient funds")
 * public class InsufficientFundsException extends RuntimeException implements JsonRpcError.Data {
 *
 *     private final long balance;
 *
 *     &#64;Override
 *     public Object errorData() {
 *         return Map.of("balance", balance);
 *     }
 * }
 * </pre>
 *
 * The server looks for it along the exception's superclasses, not its interfaces: on an interface, or on a class that
 * is not a {@link Throwable}, it fails the build. For an exception class you cannot annotate, declare a
 * {@link JsonRpcExceptionMapper}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRpcError {

    /** The JSON-RPC error code. Application codes should stay out of the reserved range -32768 to -32000. */
    int code();

    /** The error message; the exception's message when empty. */
    String message() default "";

    /**
     * Implemented by an exception class annotated {@link JsonRpcError} (or by a subclass of one) whose errors carry
     * {@code data}: what the client learns beyond the code and message, the fields of a form that failed, say.
     */
    interface Data {

        /**
         * The error's {@code data} member, serialized with the application's {@code ObjectMapper}; {@code null} to
         * leave the member out.
         */
        Object errorData();
    }
}
