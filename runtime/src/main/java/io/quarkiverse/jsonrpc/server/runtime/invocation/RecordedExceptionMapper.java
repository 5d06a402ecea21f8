package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.runtime.RuntimeValue;

/**
 * A {@code @JsonRpcExceptionMapper} method as the build found it.
 *
 * @param declaringClass the class that declares the method
 * @param javaMethod the Java method name
 * @param exceptionTypes the exception classes it maps, by name
 * @param localTo the bean class whose methods it serves, when it is local to one; {@code null} when global
 * @param paramCount how many parameters it takes: the exception, and the context when there are two
 * @param exceptionParam the position of the exception parameter
 * @param uni whether it returns a {@code Uni} of the error, rather than the error
 * @param invoker the generated invoker that calls it on its bean
 */
public record RecordedExceptionMapper(String declaringClass, String javaMethod, List<String> exceptionTypes,
        String localTo, int paramCount, int exceptionParam, boolean uni, RuntimeValue<Invoker<Object, Object>> invoker) {
}
