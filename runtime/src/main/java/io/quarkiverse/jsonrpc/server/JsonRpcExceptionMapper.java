package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an exception type, and its subclasses, to the JSON-RPC error the client gets: the way to give an error to an
 * exception you cannot annotate with {@link JsonRpcError}, a third-party one in particular. In the spirit of
 * quarkus-rest's {@code @ServerExceptionMapper}.
 *
 * <pre>
 * &#64;JsonRpcExceptionMapper
 * JsonRpcException notFound(NoSuchElementException e) {
 *     return new JsonRpcException(404, "Not found: " + e.getMessage());
 * }
 * </pre>
 *
 * The method is a bean method (its class becomes a {@code @Singleton} bean when it has no scope), neither private nor
 * static. It takes the exception, and optionally the {@link JsonRpcContext} of the call, in any order; it returns a
 * {@link JsonRpcException} (the error's code, message and data) or a {@code Uni} of one. {@code null}, or a
 * {@code Uni} of {@code null}, declines: the exception is then answered as if no mapper existed.
 * <p>
 * <b>Global or local.</b> On a class that serves {@link JsonRpc} methods, a mapper applies to that class's methods
 * only; on any other bean, to every method. For a failure, the exception's class hierarchy is searched from its own
 * class up, and the first class that has a mapper decides: the most specific type wins. At one class, a local mapper
 * comes before a global one, and both before the class's own {@link JsonRpcError}. A {@link JsonRpcException} is
 * already an error, and is never mapped.
 * <p>
 * A mapped exception is an outcome the application expects: it is logged at DEBUG, never at ERROR. A mapper that
 * throws is a bug: the client gets {@code -32603 Internal error}, and the log says which mapper failed. A mapper
 * runs on the thread the failure arrived on (a worker thread for a blocking method, the event loop for a method
 * returning {@code Uni}): it must not block there, or returns a {@code Uni}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonRpcExceptionMapper {

    /**
     * The exception types mapped. Empty, the default: the type of the method's exception parameter. When given, the
     * parameter's type must be a supertype of each ({@code Throwable}, say, or their common superclass).
     */
    Class<? extends Throwable>[] value() default {};
}
