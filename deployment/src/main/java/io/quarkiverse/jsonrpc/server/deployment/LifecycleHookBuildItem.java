package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A valid {@code @OnJsonRpcOpen} or {@code @OnJsonRpcClose} method of a bean, its own or inherited, with its invoker. */
final class LifecycleHookBuildItem extends MultiBuildItem {

    /** Whether it runs when a connection opens (else when it closes). */
    final boolean open;
    /** The path of its bean's {@code @JsonRpcEndpoint}; {@code null} for a hook of every endpoint. */
    final String endpoint;
    final BeanInfo bean;
    final MethodInfo method;
    /** Its parameters, all context parameters. */
    final List<RecordedMethod.Param> params;
    final ExecutionModel executionModel;
    /** {@code VOID}, {@code UNI} or {@code COMPLETION_STAGE}. */
    final ResultKind resultKind;
    final InvokerInfo invoker;
    /** Whether its invoker was made without instance lookup, for an {@code InstanceGivingInvoker}: a suspend hook's. */
    final boolean instanceGiven;

    LifecycleHookBuildItem(boolean open, String endpoint, BeanInfo bean, MethodInfo method,
            List<RecordedMethod.Param> params, ExecutionModel executionModel, ResultKind resultKind, InvokerInfo invoker,
            boolean instanceGiven) {
        this.open = open;
        this.endpoint = endpoint;
        this.bean = bean;
        this.method = method;
        this.params = params;
        this.executionModel = executionModel;
        this.resultKind = resultKind;
        this.invoker = invoker;
        this.instanceGiven = instanceGiven;
    }
}
