package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.server.runtime.invocation.KotlinCoroutines;
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
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * Finds the {@code @JsonRpcExceptionMapper} methods: local to the bean that declares them when it serves
 * {@code @JsonRpc} methods, global otherwise. Checks each, and that no two of one scope map the same exception type.
 */
class ExceptionMapperProcessor {

    /** A class with exception mappers, its own or inherited, is a bean even without a bean-defining annotation. */
    @BuildStep
    AutoAddScopeBuildItem autoAddScope() {
        return ImplicitBeans.singletons((clazz, index) -> !mapperMethods(clazz, index).isEmpty(),
                "Found @JsonRpcExceptionMapper methods");
    }

    /** Nothing injects the beans whose mappers run: only the recorded mappers know them. */
    @BuildStep
    UnremovableBeanBuildItem keepMapperBeans(CombinedIndexBuildItem index) {
        return new UnremovableBeanBuildItem(bean -> bean.isClassBean()
                && !mapperMethods(bean.getImplClazz(), index.getIndex()).isEmpty());
    }

    @BuildStep
    void collectMappers(BeanDiscoveryFinishedBuildItem beanDiscovery, InvokerFactoryBuildItem invokerFactory,
            CombinedIndexBuildItem combinedIndex, BeanArchiveIndexBuildItem beanArchiveIndex,
            BuildExclusionsBuildItem exclusions, TransformedAnnotationsBuildItem transformedAnnotations,
            BuildProducer<ExceptionMapperBuildItem> mappers, BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combinedIndex.getIndex();
        ExceptionMapperInspector inspector = new ExceptionMapperInspector(combinedIndex.getComputingIndex());
        List<String> problems = new ArrayList<>();
        // scope (a bean class, or "" for global) → exception type → the mappers of that type
        Map<String, Map<DotName, List<MethodInfo>>> byType = new TreeMap<>();
        Set<MethodInfo> global = new HashSet<>();
        for (BeanInfo bean : OwningBeans.of(beanDiscovery)) {
            // read from ArC's index, whose methods its invokers accept (see JsonRpcServerProcessor#collectMethods)
            List<MethodInfo> methods = mapperMethods(bean.getImplClazz(), beanArchiveIndex.getIndex());
            if (methods.isEmpty()) {
                continue;
            }
            boolean local = !ServedMethods.of(bean.getImplClazz(), index).isEmpty();
            for (MethodInfo method : methods) {
                // a global mapper inherited by several beans is still one mapper; a bean that serves methods and
                // inherits it takes it for its own methods besides, whichever of the two comes first
                if (!local && !global.add(method)) {
                    continue;
                }
                ExceptionMapperInspector.Inspection inspection = inspector.inspect(method, bean.getImplClazz());
                if (!inspection.problems().isEmpty()) {
                    problems.addAll(inspection.problems());
                    continue;
                }
                String scope = local ? bean.getImplClazz().name().toString() : "";
                for (DotName type : inspection.exceptionTypes()) {
                    byType.computeIfAbsent(scope, s -> new TreeMap<>()).computeIfAbsent(type, t -> new ArrayList<>())
                            .add(method);
                }
                InvokerBuilder invoker = invokerFactory.createInvoker(bean, method);
                if (inspection.suspend()) {
                    // a coroutine whose Uni delivers the error, as a suspend @JsonRpc method's delivers its result;
                    // its instance given until then, as a suspend method's is
                    invoker.withInvocationWrapper(KotlinCoroutines.class, "inCoroutine");
                } else {
                    invoker.withInstanceLookup();
                }
                mappers.produce(new ExceptionMapperBuildItem(bean, method, inspection, local, invoker.build()));
            }
        }
        byType.forEach((scope, types) -> types.forEach((type, declarers) -> {
            if (declarers.size() > 1) {
                String where = scope.isEmpty() ? "every method" : "the methods of " + scope;
                problems.add("Exception mappers [" + String.join(", ", declarers.stream().map(MethodSignatures::describe)
                        .sorted().toList()) + "] map the same exception, " + type + ", for " + where
                        + ": keep one, or make one local to the class whose methods it serves");
            }
        }));
        for (MethodInfo method : OwningBeans.unowned(index, beanDiscovery, exclusions, transformedAnnotations, false,
                List.of(DotNames.JSON_RPC_EXCEPTION_MAPPER))) {
            problems.add(BeanMethods.notOnBean("@JsonRpcExceptionMapper method " + MethodSignatures.describe(method),
                    method, beanDiscovery));
        }
        ValidationErrors.report(problems, errors);
    }

    /** The exception mappers of a bean class: its own and those it inherits. */
    private static List<MethodInfo> mapperMethods(ClassInfo beanClass, IndexView index) {
        return BeanMethods.annotated(beanClass, index,
                method -> method.hasDeclaredAnnotation(DotNames.JSON_RPC_EXCEPTION_MAPPER));
    }
}
