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
 * @param beanId the identifier of its bean
 * @param invoker the generated invoker that calls it on its bean: one that looks the bean instance up, unless
 *        {@code instanceGiven}
 * @param instanceGiven whether its invoker was made without instance lookup, for an {@link InstanceGivingInvoker} to
 *        give it the instance: a Kotlin suspend function's
 */
public record RecordedExceptionMapper(String declaringClass, String javaMethod, List<String> exceptionTypes,
        String localTo, int paramCount, int exceptionParam, boolean uni, String beanId,
        RuntimeValue<Invoker<Object, Object>> invoker, boolean instanceGiven) {

    /** What calls it on its bean. */
    public Invoker<Object, Object> call() {
        return InstanceGivingInvoker.of(invoker, instanceGiven, beanId);
    }
}
