package io.quarkiverse.jsonrpc.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link RegisterJsonRpcClient} interface that turns the errors the server answers into
 * the application's own exceptions, in the spirit of the REST client's {@code @ClientExceptionMapper}. It takes the
 * {@link JsonRpcClientException} the call would fail with and returns the exception to fail it with instead, a
 * {@code RuntimeException}; {@code null} declines, and the call fails with the {@code JsonRpcClientException}.
 *
 * <pre>
 * &#64;RegisterJsonRpcClient(configKey = "bank")
 * public interface Bank {
 *
 *     &#64;JsonRpc
 *     void withdraw(String account, long cents);
 *
 *     &#64;JsonRpcClientExceptionMapper
 *     static RuntimeException toException(JsonRpcClientException error) {
 *         return error.code() == 4001 ? new InsufficientFundsException(error.getMessage()) : null;
 *     }
 * }
 * </pre>
 *
 * It applies to every call of the interface that the server answers with an error: blocking, {@code Uni},
 * {@code CompletionStage} and Kotlin suspend methods, the entries of a batch, and a subscription, whether it is
 * refused or ends with an error. No answer ({@link JsonRpcTransportException}) is not the server's error, and is not
 * mapped. In Kotlin, the mapper is a {@code @JvmStatic} function of the interface's companion object. One method per
 * interface; the build fails on a second one, or on a method that is not static, does not take
 * a {@code JsonRpcClientException} alone, or does not return a {@code RuntimeException}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonRpcClientExceptionMapper {
}
