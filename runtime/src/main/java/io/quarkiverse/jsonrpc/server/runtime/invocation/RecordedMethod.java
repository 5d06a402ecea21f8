package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkus.runtime.RuntimeValue;

/**
 * A {@code @JsonRpc} method as the build found it, recorded for run time.
 *
 * @param name the JSON-RPC name
 * @param endpoint the path of its {@code @JsonRpcEndpoint}; {@code null} for the configured paths
 * @param declaringClass the bean class
 * @param javaMethod the Java method name
 * @param returnType the Java return type, for display
 * @param params every parameter, context parameters included
 * @param transports the transports it answers on
 * @param executionModel the thread it runs on
 * @param resultKind how it delivers its result
 * @param beanId the identifier of its bean
 * @param invoker the generated invoker that calls it on its bean: one that looks the bean instance up, unless
 *        {@code instanceGiven}
 * @param instanceGiven whether its invoker was made without instance lookup, for an {@link InstanceGivingInvoker} to
 *        give it the instance
 * @param timeoutMillis its own timeout from {@code @JsonRpc(timeout)}; 0 for the configured default
 * @param activateRequestContext whether it runs inside a request context of its own, as the build decided
 * @param validated whether Hibernate Validator's interceptor checks it: the build found constraints on it
 * @param defaults how a Kotlin function with default values is called where params are omitted; {@code null} for a
 *        method without
 * @param runs the Java method a call runs, the bean's or the one it inherits, as Quarkus security keys its checks
 */
public record RecordedMethod(String name, String endpoint, String declaringClass, String javaMethod, String returnType,
        List<Param> params, List<JsonRpcTransport> transports, ExecutionModel executionModel, ResultKind resultKind,
        String beanId, RuntimeValue<Invoker<Object, Object>> invoker, boolean instanceGiven, long timeoutMillis,
        boolean activateRequestContext,
        boolean validated, DefaultArguments.Recorded defaults, Signature runs) {

    /** What calls it on its bean. */
    public Invoker<Object, Object> call() {
        return InstanceGivingInvoker.of(invoker, instanceGiven, beanId);
    }

    /**
     * A Java method by its declaring class, name and erased parameter types.
     *
     * @param parameterTypes as Jandex names them: {@code int}, {@code java.util.List}, {@code [Ljava.lang.String;}
     */
    public record Signature(String declaringClass, String name, List<String> parameterTypes) {
    }

    /**
     * @param name the Java parameter name
     * @param kind where its value comes from
     * @param jacksonType the type to read, in Jackson's canonical form; {@code null} for context parameters
     * @param displayType the Java type, for display
     * @param nullRefused whether a {@code null} value is an invalid param: declared non-null, as kotlinc declares a
     *        parameter whose type has no {@code ?} (and checks it as the method starts)
     */
    public record Param(String name, RpcParam.Kind kind, String jacksonType, String displayType, boolean nullRefused) {
    }
}
