package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.runtime.RuntimeValue;

/**
 * An {@code @OnJsonRpcOpen} or {@code @OnJsonRpcClose} method as the build found it.
 *
 * @param open whether it runs on open (else on close)
 * @param endpoint the path of its bean's {@code @JsonRpcEndpoint}, whose connections alone it runs for; {@code null}
 *        to run for the connections of every endpoint
 * @param declaringClass the bean class
 * @param javaMethod the Java method name
 * @param params its parameters, all context parameters
 * @param executionModel the thread it runs on
 * @param resultKind {@code VOID}, {@code UNI} or {@code COMPLETION_STAGE}
 * @param invoker the generated invoker that calls it on its bean
 */
public record RecordedHook(boolean open, String endpoint, String declaringClass, String javaMethod,
        List<RecordedMethod.Param> params,
        ExecutionModel executionModel, ResultKind resultKind, RuntimeValue<Invoker<Object, Object>> invoker) {
}
