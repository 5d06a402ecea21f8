package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/** Finds the methods that run when a JSON-RPC WebSocket connection opens or closes. */
class LifecycleHookProcessor {

    @BuildStep
    AutoAddScopeBuildItem autoAddScope() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(DotNames.ON_OPEN, DotNames.ON_CLOSE)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @OnJsonRpcOpen or @OnJsonRpcClose methods")
                .build();
    }

    @BuildStep
    void collectHooks(BeanDiscoveryFinishedBuildItem beanDiscovery, InvokerFactoryBuildItem invokerFactory,
            BuildProducer<LifecycleHookBuildItem> hooks, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> problems = new ArrayList<>();
        for (BeanInfo bean : beanDiscovery.beanStream().classBeans()) {
            for (MethodInfo method : bean.getImplClazz().methods()) {
                boolean open = method.hasDeclaredAnnotation(DotNames.ON_OPEN);
                if (!open && !method.hasDeclaredAnnotation(DotNames.ON_CLOSE)) {
                    continue;
                }
                String where = MethodInspector.describe(method);
                String annotation = open ? "@OnJsonRpcOpen" : "@OnJsonRpcClose";
                List<String> found = new ArrayList<>();
                if (Modifier.isPrivate(method.flags()) || Modifier.isStatic(method.flags())) {
                    found.add(annotation + " method " + where + " must be neither private nor static");
                }
                List<RecordedMethod.Param> params = contextParams(method, annotation, where, found);
                ResultKind resultKind = MethodInspector.resultKind(method.returnType());
                if (resultKind == ResultKind.VALUE || resultKind == ResultKind.MULTI) {
                    found.add(annotation + " method " + where + " must return void, Uni<Void> or CompletionStage<Void>");
                }
                ExecutionModel executionModel = MethodInspector.executionModel(method, resultKind, where, found);
                if (!found.isEmpty()) {
                    problems.addAll(found);
                    continue;
                }
                RecordedHook hook = new RecordedHook(open, bean.getImplClazz().name().toString(), method.name(), params,
                        executionModel, resultKind, null);
                hooks.produce(new LifecycleHookBuildItem(hook,
                        invokerFactory.createInvoker(bean, method).withInstanceLookup().build()));
            }
        }
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    problems.stream().map(p -> (Throwable) new IllegalStateException(p)).toList()));
        }
    }

    private static List<RecordedMethod.Param> contextParams(MethodInfo method, String annotation, String where,
            List<String> problems) {
        List<RecordedMethod.Param> params = new ArrayList<>();
        for (int i = 0; i < method.parametersCount(); i++) {
            Type type = method.parameterType(i);
            DotName name = type.name();
            RpcParam.Kind kind = MethodInspector.contextKind(name);
            if (kind == null) {
                problems.add(annotation + " method " + where + " has parameter " + i + " of type "
                        + JacksonTypes.display(type) + ": it may only declare JsonRpcContext, SecurityIdentity and"
                        + " WebSocketConnection parameters");
            } else {
                params.add(new RecordedMethod.Param("arg" + i, kind, null, JacksonTypes.display(type)));
            }
        }
        return params;
    }
}
