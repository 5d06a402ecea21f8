package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A valid {@code @JsonRpc} method of a bean, with the invoker generated for it. Sorted by name, so builds are
 * reproducible.
 */
public final class JsonRpcMethodBuildItem extends MultiBuildItem implements Comparable<JsonRpcMethodBuildItem> {

    final String name;
    final BeanInfo bean;
    final MethodInfo method;
    final List<RecordedMethod.Param> params;
    final List<JsonRpcTransport> transports;
    final ExecutionModel executionModel;
    final ResultKind resultKind;
    /** The type the client receives: the return type, unwrapped from {@code Uni}/{@code CompletionStage}. */
    final Type resultType;
    final InvokerInfo invoker;
    /** Its own timeout; 0 for the configured default. */
    final long timeoutMillis;
    /** Whether it runs inside a request context of its own (see {@link RequestContextNeeds}). */
    final boolean activateRequestContext;

    JsonRpcMethodBuildItem(String name, BeanInfo bean, MethodInfo method, List<RecordedMethod.Param> params,
            List<JsonRpcTransport> transports, ExecutionModel executionModel, ResultKind resultKind, Type resultType,
            InvokerInfo invoker, long timeoutMillis, boolean activateRequestContext) {
        this.name = name;
        this.bean = bean;
        this.method = method;
        this.params = params;
        this.transports = transports;
        this.executionModel = executionModel;
        this.resultKind = resultKind;
        this.resultType = resultType;
        this.invoker = invoker;
        this.timeoutMillis = timeoutMillis;
        this.activateRequestContext = activateRequestContext;
    }

    public String name() {
        return name;
    }

    public MethodInfo method() {
        return method;
    }

    public BeanInfo bean() {
        return bean;
    }

    /** Every parameter, context parameters included, in declaration order. */
    public List<RecordedMethod.Param> params() {
        return params;
    }

    public List<JsonRpcTransport> transports() {
        return transports;
    }

    public ResultKind resultKind() {
        return resultKind;
    }

    public Type resultType() {
        return resultType;
    }

    @Override
    public int compareTo(JsonRpcMethodBuildItem other) {
        return name.compareTo(other.name);
    }
}
