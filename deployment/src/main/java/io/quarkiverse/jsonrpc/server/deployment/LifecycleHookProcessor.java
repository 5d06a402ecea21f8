package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.CalledMethods;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.KotlinCoroutines;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.TransformedAnnotationsBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.InvokerBuilder;
import io.quarkus.arc.processor.KotlinUtils;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * Finds the methods that run when a JSON-RPC WebSocket connection opens or closes: a bean's own and those it inherits,
 * as for {@code @JsonRpc} methods.
 */
class LifecycleHookProcessor {

    /** A class with lifecycle hooks, its own or inherited, is a bean even without a bean-defining annotation. */
    @BuildStep
    AutoAddScopeBuildItem autoAddScope() {
        return ImplicitBeans.singletons((clazz, index) -> !hookMethods(clazz, index).isEmpty(),
                "Found @OnJsonRpcOpen or @OnJsonRpcClose methods");
    }

    /** Nothing injects the beans whose hooks run: only the recorded hooks know them. */
    @BuildStep
    UnremovableBeanBuildItem keepHookBeans(CombinedIndexBuildItem index) {
        return new UnremovableBeanBuildItem(bean -> bean.isClassBean()
                && !hookMethods(bean.getImplClazz(), index.getIndex()).isEmpty());
    }

    @BuildStep
    void collectHooks(BeanDiscoveryFinishedBuildItem beanDiscovery, InvokerFactoryBuildItem invokerFactory,
            CombinedIndexBuildItem index, BeanArchiveIndexBuildItem beanArchiveIndex,
            BuildExclusionsBuildItem exclusions, TransformedAnnotationsBuildItem transformedAnnotations,
            BuildProducer<LifecycleHookBuildItem> hooks, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> problems = new ArrayList<>();
        for (BeanInfo bean : OwningBeans.of(beanDiscovery)) {
            // read from ArC's index, whose methods its invokers accept (see JsonRpcServerProcessor#collectMethods)
            for (MethodInfo method : hookMethods(bean.getImplClazz(), beanArchiveIndex.getIndex())) {
                boolean open = method.hasDeclaredAnnotation(DotNames.ON_OPEN);
                String subject = (open ? "@OnJsonRpcOpen" : "@OnJsonRpcClose") + " method "
                        + MethodSignatures.describe(method);
                List<String> found = new ArrayList<>();
                CalledMethods.checkModifiers(method, subject, found);
                // a bean-defining annotation made it a bean, still not the object
                String onObject = BeanMethods.onKotlinObject(subject, bean.getImplClazz());
                if (onObject != null) {
                    found.add(onObject);
                }
                List<RecordedMethod.Param> params = contextParams(method, subject, found);
                boolean suspend = KotlinUtils.isKotlinSuspendMethod(method);
                ResultKind resultKind;
                ExecutionModel executionModel;
                if (suspend) {
                    resultKind = ResultKind.UNI;
                    executionModel = suspendHook(method, subject, found);
                } else {
                    resultKind = MethodInspector.resultKind(method.returnType());
                    if (resultKind == ResultKind.VALUE || resultKind == ResultKind.MULTI
                            || resultKind != ResultKind.VOID && !completesWithNothing(method.returnType())) {
                        found.add(subject + " returns " + TypeNames.qualified(method.returnType())
                                + ": a hook returns nothing, return void, or Uni<Void> or CompletionStage<Void> for"
                                + " work that completes later");
                    }
                    executionModel = ExecutionModels.executionModel(method, bean.getImplClazz(), index.getIndex(), resultKind,
                            subject, found);
                }
                if (!found.isEmpty()) {
                    problems.addAll(found);
                    continue;
                }
                InvokerBuilder invoker = invokerFactory.createInvoker(bean, method);
                if (suspend) {
                    // a coroutine whose Uni completes when the function returns, as a suspend @JsonRpc method's; its
                    // instance given until then, as a suspend method's is
                    invoker.withInvocationWrapper(KotlinCoroutines.class, "inCoroutine");
                } else {
                    invoker.withInstanceLookup();
                }
                String endpoint = MethodEndpoints.ofBean(bean.getImplClazz(), index.getIndex());
                hooks.produce(new LifecycleHookBuildItem(open, endpoint, bean, method, params, executionModel,
                        resultKind, invoker.build(), suspend));
            }
        }
        // a hook no bean has would never run: said as for @JsonRpc methods and exception mappers
        for (MethodInfo method : OwningBeans.unowned(index.getIndex(), beanDiscovery, exclusions, transformedAnnotations,
                false, List.of(DotNames.ON_OPEN, DotNames.ON_CLOSE))) {
            String annotation = method.hasDeclaredAnnotation(DotNames.ON_OPEN) ? "@OnJsonRpcOpen" : "@OnJsonRpcClose";
            problems.add(BeanMethods.notOnBean(annotation + " method " + MethodSignatures.describe(method), method,
                    beanDiscovery));
        }
        ValidationErrors.report(problems, errors);
    }

    /**
     * A {@code Uni} or {@code CompletionStage} of {@code Void}: an item would be dropped, where the client might be
     * expected to receive it, as an {@code @OnOpen} method's of websockets-next is sent.
     */
    private static boolean completesWithNothing(Type result) {
        return result.kind() == Type.Kind.PARAMETERIZED_TYPE
                && result.asParameterizedType().arguments().get(0).name().equals(DotNames.VOID);
    }

    /**
     * A hook written as a Kotlin {@code suspend fun}: it runs as a coroutine on the event loop, as a suspend
     * {@code @JsonRpc} method does, and returns {@code Unit}.
     */
    private static ExecutionModel suspendHook(MethodInfo method, String subject, List<String> problems) {
        Type result = KotlinMethods.suspendResult(method);
        if (result.kind() != Type.Kind.VOID) {
            problems.add(subject + " is a suspend function returning " + TypeNames.qualified(result)
                    + ": a hook returns nothing, make it return Unit");
        }
        KotlinMethods.requireSuspendLibraries(subject, problems);
        return ExecutionModels.suspendModel(method, subject, problems);
    }

    private static List<MethodInfo> hookMethods(ClassInfo beanClass, IndexView index) {
        return BeanMethods.annotated(beanClass, index,
                method -> method.hasDeclaredAnnotation(DotNames.ON_OPEN) || method.hasDeclaredAnnotation(DotNames.ON_CLOSE));
    }

    private static List<RecordedMethod.Param> contextParams(MethodInfo method, String subject, List<String> problems) {
        List<RecordedMethod.Param> params = new ArrayList<>();
        for (int i = 0; i < MethodSignatures.callerParams(method); i++) {
            Type type = method.parameterType(i);
            DotName name = type.name();
            RpcParam.Kind kind = MethodInspector.contextKind(name);
            if (kind == null) {
                problems.add(subject + " has " + MethodSignatures.parameter(method, i) + " of type "
                        + TypeNames.qualified(type) + ": a hook takes only JsonRpcContext, SecurityIdentity and"
                        + " WebSocketConnection parameters; remove it");
            } else {
                params.add(new RecordedMethod.Param("arg" + i, kind, null, TypeNames.qualified(type), false));
            }
        }
        return params;
    }
}
