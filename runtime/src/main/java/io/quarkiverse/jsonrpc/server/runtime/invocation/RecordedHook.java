package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.security.spi.runtime.MethodDescription;

/**
 * An {@code @OnJsonRpcOpen} or {@code @OnJsonRpcClose} method as the build found it.
 *
 * @param open whether it runs on open (else on close)
 * @param endpoint the path of its bean's {@code @JsonRpcEndpoint}, whose connections alone it runs for; {@code null}
 *        to run for the connections of every endpoint
 * @param declaringClass the bean class
 * @param methodClass the class that declares the method, the bean's or a superclass: where Quarkus security keys the
 *        check of its annotations
 * @param javaMethod the Java method name
 * @param params its parameters, all context parameters
 * @param parameterTypes the types of its Java parameters, as Jandex names them: the context parameters', and a Kotlin
 *        suspend function's continuation
 * @param executionModel the thread it runs on
 * @param resultKind {@code VOID}, {@code UNI} or {@code COMPLETION_STAGE}
 * @param beanId the identifier of its bean
 * @param invoker the generated invoker that calls it on its bean: one that looks the bean instance up, unless
 *        {@code instanceGiven}
 * @param instanceGiven whether its invoker was made without instance lookup, for an {@link InstanceGivingInvoker} to
 *        give it the instance: a Kotlin suspend function's
 */
public record RecordedHook(boolean open, String endpoint, String declaringClass, String methodClass, String javaMethod,
        List<RecordedMethod.Param> params, List<String> parameterTypes, ExecutionModel executionModel,
        ResultKind resultKind, String beanId, RuntimeValue<Invoker<Object, Object>> invoker, boolean instanceGiven) {

    /**
     * The hook as Quarkus security names a method, to find the check it made of the hook's annotations: by all its
     * Java parameters, a suspend function's continuation included.
     */
    public MethodDescription securityDescription() {
        return new MethodDescription(methodClass, javaMethod, parameterTypes.toArray(String[]::new));
    }

    /** What calls it on its bean. */
    public Invoker<Object, Object> call() {
        return InstanceGivingInvoker.of(invoker, instanceGiven, beanId);
    }
}
