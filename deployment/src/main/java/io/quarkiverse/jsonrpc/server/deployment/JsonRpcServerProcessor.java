package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.STATIC_INIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;
import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.common.deployment.JacksonReflection;
import io.quarkiverse.jsonrpc.common.deployment.KotlinRequiredPrimitives;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkiverse.jsonrpc.common.deployment.UnindexedClasses;
import io.quarkiverse.jsonrpc.server.runtime.JsonRpcServerRecorder;
import io.quarkiverse.jsonrpc.server.runtime.RecordedMethods;
import io.quarkiverse.jsonrpc.server.runtime.RegisteredJsonRpcMethods;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig.RequestContextActivation;
import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;
import io.quarkiverse.jsonrpc.server.runtime.invocation.CoroutineCalls;
import io.quarkiverse.jsonrpc.server.runtime.invocation.CurrentCall;
import io.quarkiverse.jsonrpc.server.runtime.invocation.CurrentJsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.invocation.DefaultArguments;
import io.quarkiverse.jsonrpc.server.runtime.invocation.DefaultArgumentsCaller;
import io.quarkiverse.jsonrpc.server.runtime.invocation.InstanceGivingInvoker;
import io.quarkiverse.jsonrpc.server.runtime.invocation.KotlinCoroutines;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedExceptionMapper;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.arc.deployment.InterceptorResolverBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.TransformedAnnotationsBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuiltinBean;
import io.quarkus.arc.processor.InvokerBuilder;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.GeneratedClassGizmo2Adaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.ApplicationIndexBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import io.quarkus.deployment.execannotations.ExecutionModelAnnotationsAllowedBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.runtime.RuntimeValue;

/**
 * Finds the {@code @JsonRpc} methods, validates them, has an invoker generated for each, and records the dispatch
 * table.
 */
class JsonRpcServerProcessor {

    private static final Logger LOG = Logger.getLogger(JsonRpcServerProcessor.class);
    private static final String FEATURE = "jsonrpc-server";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    void serverBeans(BuildProducer<AdditionalBeanBuildItem> beans) {
        beans.produce(AdditionalBeanBuildItem.builder()
                .addBeanClasses(ServerAssembly.class, RegisteredJsonRpcMethods.class)
                .setUnremovable()
                .build());
        // the injectable JsonRpcContext: removed when nothing injects it, and then calls do not carry themselves
        beans.produce(AdditionalBeanBuildItem.builder()
                .addBeanClasses(CurrentCall.class, CurrentJsonRpcContext.class)
                .build());
    }

    /**
     * The superclasses and interfaces with {@code @JsonRpc} methods that the application's classes extend or implement
     * from an archive without a Jandex index, a contract module shared with clients often, and the {@code @JsonRpcError}
     * exceptions their methods declare: indexed, so that their methods are served and their errors answered.
     */
    @BuildStep
    AdditionalIndexedClassesBuildItem indexSharedContracts(ApplicationIndexBuildItem application,
            ApplicationArchivesBuildItem archives) {
        return new AdditionalIndexedClassesBuildItem(UnindexedContracts
                .toIndex(application.getIndex(), UnindexedClasses.outside(archives)).toArray(String[]::new));
    }

    /**
     * A class with {@code @JsonRpc} methods, its own, inherited or declared by an interface it implements, is a bean
     * even without a bean-defining annotation (see {@link ImplicitBeans}). The interface itself is left alone: a
     * client may implement it too.
     */
    @BuildStep
    AutoAddScopeBuildItem autoAddScope() {
        return ImplicitBeans.singletons((clazz, index) -> !ServedMethods.of(clazz, index).isEmpty(),
                "Found @JsonRpc methods");
    }

    /**
     * {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} choose the thread of a JSON-RPC method or
     * hook, also on the implementation of an interface's {@code @JsonRpc} method: Quarkus must not reject them there
     * as it does on methods nothing dispatches.
     */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem executionModelAnnotations(CombinedIndexBuildItem index) {
        return new ExecutionModelAnnotationsAllowedBuildItem(method -> method.hasDeclaredAnnotation(DotNames.JSON_RPC)
                || method.hasDeclaredAnnotation(DotNames.ON_OPEN) || method.hasDeclaredAnnotation(DotNames.ON_CLOSE)
                || ServedMethods.implementsJsonRpcMethod(method, index.getIndex()));
    }

    /** Nothing injects the beans that serve methods: only the dispatch table knows them. */
    @BuildStep
    UnremovableBeanBuildItem keepServingBeans(CombinedIndexBuildItem index) {
        return new UnremovableBeanBuildItem(bean -> bean.isClassBean()
                && !ServedMethods.of(bean.getImplClazz(), index.getIndex()).isEmpty());
    }

    @BuildStep
    void collectMethods(BeanDiscoveryFinishedBuildItem beanDiscovery, InvokerFactoryBuildItem invokerFactory,
            InterceptorResolverBuildItem interceptors, TransformedAnnotationsBuildItem transformedAnnotations,
            JsonRpcServerBuildTimeConfig config, Capabilities capabilities, CombinedIndexBuildItem combinedIndex,
            BeanArchiveIndexBuildItem beanArchiveIndex, BuildExclusionsBuildItem exclusions,
            BuildProducer<JsonRpcMethodBuildItem> methods,
            BuildProducer<ReflectiveHierarchyBuildItem> reflectiveHierarchy,
            BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combinedIndex.getIndex();
        Map<BeanInfo, List<ServedMethods.Served>> servedByBean = new LinkedHashMap<>();
        for (BeanInfo bean : OwningBeans.of(beanDiscovery)) {
            // read from ArC's index, whose methods its invokers accept: a class indexed from its class file (see
            // UnindexedContracts) is one ClassInfo there and another in the combined index
            servedByBean.put(bean, ServedMethods.of(bean.getImplClazz(), beanArchiveIndex.getIndex()));
        }
        List<String> problems = new ArrayList<>();
        servedByBean = ServingRules.servedOnce(servedByBean, beanDiscovery.getBeanResolver(), problems);
        // by endpoint ("" for the configured paths: an endpoint's path starts with '/'), then name: each endpoint has
        // methods of its own, each served by one bean
        Map<String, Map<String, List<ServingRules.ServedBy>>> byName = new TreeMap<>();
        RequestContextNeeds requestContext = new RequestContextNeeds(beanDiscovery.getBeans(), interceptors,
                transformedAnnotations, index);
        // Hibernate's session is request-scoped, and reached through what no injection point shows: Panache's static
        // methods, an injected Session or EntityManager, which are application-scoped proxies
        boolean alwaysActivate = config.activateRequestContext() == RequestContextActivation.ALWAYS
                || capabilities.isPresent(Capability.HIBERNATE_ORM)
                || capabilities.isPresent(Capability.HIBERNATE_REACTIVE);

        servedByBean.forEach((bean, served) -> {
            for (ServedMethods.Served method : served) {
                MethodInspector.Inspection inspection = MethodInspector.inspect(method, bean.getImplClazz(), index);
                String endpoint = MethodEndpoints.of(method, bean.getImplClazz(), index);
                byName.computeIfAbsent(endpoint == null ? "" : endpoint, e -> new TreeMap<>())
                        .computeIfAbsent(inspection.name(), n -> new ArrayList<>())
                        .add(new ServingRules.ServedBy(method.declaration(), bean));
                UnappliedSecurity.check(bean.getImplClazz(), method, index, problems);
                if (!inspection.problems().isEmpty()) {
                    problems.addAll(inspection.problems());
                    continue;
                }
                methods.produce(new JsonRpcMethodBuildItem(bean, method, inspection, endpoint,
                        invoker(invokerFactory, bean, method.implementation(), inspection),
                        alwaysActivate || requestContext.of(bean, method.implementation()),
                        // bound by quarkus-hibernate-validator to the methods with constraints, and only to them
                        transformedAnnotations.hasAnnotation(method.implementation(), DotNames.METHOD_VALIDATED)));
                registerForReflection(method.declaration(), inspection, reflectiveHierarchy);
            }
        });

        ServingRules.unserved(index, beanDiscovery, exclusions, transformedAnnotations, problems);
        byName.forEach((endpoint, names) -> names.forEach((name, serving) -> ServingRules.uniqueName(name, endpoint,
                serving, problems)));
        problems.addAll(MethodEndpoints.problems(index, config));

        ValidationErrors.report(problems, errors);
    }

    /** The parent of the coroutines of Kotlin suspend methods, where the application has Kotlin's coroutines. */
    @BuildStep
    void coroutineScope(BuildProducer<AdditionalBeanBuildItem> beans) {
        if (KotlinMethods.coroutinesPresent()) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(CoroutineCalls.class));
        }
    }

    /** As Quarkus security keys the check of a method, and Quarkus REST looks it up. */
    private static RecordedMethod.Signature signature(MethodInfo method) {
        return new RecordedMethod.Signature(method.declaringClass().name().toString(), method.name(),
                method.parameterTypes().stream().map(type -> type.name().toString()).toList());
    }

    /**
     * The invoker of a method: a Kotlin suspend function's starts a coroutine, a Flow result is made a Multi, so
     * that the engine sees what a Java method returning Uni or Multi gives it. It looks the bean instance up, unless
     * an {@link InstanceGivingInvoker} gives it.
     */
    private static InvokerInfo invoker(InvokerFactoryBuildItem invokerFactory, BeanInfo bean, MethodInfo method,
            MethodInspector.Inspection inspection) {
        InvokerBuilder builder = invokerFactory.createInvoker(bean, method);
        if (!instanceGiven(inspection.resultKind(), inspection.kotlin())) {
            builder.withInstanceLookup();
        }
        switch (inspection.kotlin()) {
            case SUSPEND -> builder.withInvocationWrapper(KotlinCoroutines.class, "inCoroutine");
            case FLOW -> builder.withReturnValueTransformer(KotlinCoroutines.class, "toMulti");
            case NONE -> {
            }
        }
        return builder.build();
    }

    /**
     * Whether a method's instance is given by an {@link InstanceGivingInvoker}: where ArC's lookup would not see the
     * end of the call, a {@code CompletionStage} or a Kotlin suspend function or Flow.
     */
    private static boolean instanceGiven(ResultKind resultKind, KotlinMethods.Adaptation kotlin) {
        return resultKind == ResultKind.COMPLETION_STAGE || kotlin != KotlinMethods.Adaptation.NONE;
    }

    /**
     * Whether the application has {@code @SessionScoped} beans of its own: each WebSocket connection then has a session
     * context for them. websockets-next's {@code WebSocketConnection} bean is one, but it is not the application's.
     */
    private static boolean sessionScoped(BeanDiscoveryFinishedBuildItem beanDiscovery) {
        return beanDiscovery.beanStream().withScope(SessionScoped.class).stream().anyMatch(bean -> !bean.isSynthetic());
    }

    /** Whether a bean injects websockets-next's {@code WebSocketConnection}, itself or through {@code Instance<>}. */
    private static boolean connectionInjected(BeanDiscoveryFinishedBuildItem beanDiscovery) {
        return beanDiscovery.getInjectionPoints().stream().anyMatch(injectionPoint -> {
            Type required = injectionPoint.getRequiredType();
            if (BuiltinBean.INSTANCE.matches(injectionPoint) && required.kind() == Type.Kind.PARAMETERIZED_TYPE) {
                required = required.asParameterizedType().arguments().get(0);
            }
            return required.name().equals(DotNames.WEB_SOCKET_CONNECTION);
        });
    }

    /** How a Kotlin function with default values is called where params are omitted (see {@link DefaultArguments}). */
    private static DefaultArguments.Recorded recordedDefaults(JsonRpcMethodBuildItem method,
            RecorderContext recorderContext) {
        RuntimeValue<DefaultArgumentsCaller> caller = recorderContext
                .newInstance(DefaultArgumentsCallerGenerator.className(method.defaults));
        DefaultArguments.Call call = switch (method.kotlin) {
            case NONE -> DefaultArguments.Call.PLAIN;
            case SUSPEND -> DefaultArguments.Call.SUSPEND;
            case FLOW -> DefaultArguments.Call.FLOW;
        };
        return new DefaultArguments.Recorded(caller, method.bean.getIdentifier(), call);
    }

    /** What calls the Kotlin functions with default values whose params are omitted: plain classes, not beans. */
    @BuildStep
    void generateDefaultArgumentsCallers(List<JsonRpcMethodBuildItem> methods,
            BuildProducer<GeneratedClassBuildItem> generatedClasses,
            BuildProducer<GeneratedResourceBuildItem> generatedResources) {
        Gizmo gizmo = Gizmo.create(new GeneratedClassGizmo2Adaptor(generatedClasses, generatedResources, true))
                .withDebugInfo(false)
                .withParameters(false);
        for (JsonRpcMethodBuildItem method : methods.stream().sorted().toList()) {
            if (method.defaults != null) {
                DefaultArgumentsCallerGenerator.generate(gizmo, method.defaults);
            }
        }
    }

    @BuildStep
    @Record(STATIC_INIT)
    SyntheticBeanBuildItem recordMethods(JsonRpcServerRecorder recorder, RecorderContext recorderContext,
            List<JsonRpcMethodBuildItem> methods, JsonRpcEndpointsBuildItem endpoints, List<LifecycleHookBuildItem> hooks,
            List<ExceptionMapperBuildItem> exceptionMappers, CombinedIndexBuildItem index,
            BeanDiscoveryFinishedBuildItem beanDiscovery) {
        List<RecordedMethod> recorded = new ArrayList<>();
        for (JsonRpcMethodBuildItem method : methods.stream().sorted().toList()) {
            RuntimeValue<Invoker<Object, Object>> invoker = recorderContext.newInstance(method.invoker.getClassName());
            DefaultArguments.Recorded defaults = method.defaults == null ? null : recordedDefaults(method, recorderContext);
            recorded.add(new RecordedMethod(method.name, method.endpoint, method.bean.getImplClazz().name().toString(),
                    method.method.name(), TypeNames.qualified(method.returnType), method.params,
                    method.transports, method.executionModel, method.resultKind, method.bean.getIdentifier(), invoker,
                    instanceGiven(method.resultKind, method.kotlin), method.timeoutMillis, method.activateRequestContext,
                    method.validated, defaults,
                    signature(method.implementation)));
        }
        List<RecordedHook> recordedHooks = new ArrayList<>();
        for (LifecycleHookBuildItem hook : hooks) {
            RuntimeValue<Invoker<Object, Object>> invoker = recorderContext.newInstance(hook.invoker.getClassName());
            recordedHooks.add(new RecordedHook(hook.open, hook.endpoint, hook.bean.getImplClazz().name().toString(),
                    hook.method.declaringClass().name().toString(), hook.method.name(), hook.params,
                    signature(hook.method).parameterTypes(), hook.executionModel, hook.resultKind,
                    hook.bean.getIdentifier(), invoker, hook.instanceGiven));
        }
        // sorted: the build is reproducible and hooks run in a stable order
        recordedHooks.sort(Comparator.comparing(RecordedHook::declaringClass).thenComparing(RecordedHook::javaMethod));
        return SyntheticBeanBuildItem.configure(RecordedMethods.class)
                .scope(Singleton.class)
                .supplier(recorder.recordedMethods(recorded, endpoints.paths(), recordedHooks,
                        declaredErrors(index.getIndex()), recordedMappers(exceptionMappers, recorderContext),
                        sessionScoped(beanDiscovery), connectionInjected(beanDiscovery),
                        KotlinRequiredPrimitives.of(paramTypes(methods), index.getIndex())))
                .done();
    }

    /** The types of the params of the methods: what params are read into. */
    private static List<Type> paramTypes(List<JsonRpcMethodBuildItem> methods) {
        List<Type> types = new ArrayList<>();
        for (JsonRpcMethodBuildItem method : methods) {
            for (int i = 0; i < method.params.size(); i++) {
                if (method.params.get(i).kind().fromParams()) {
                    types.add(method.paramTypes.get(i));
                }
            }
        }
        return types;
    }

    /** Sorted: the build is reproducible. */
    private static List<RecordedExceptionMapper> recordedMappers(List<ExceptionMapperBuildItem> mappers,
            RecorderContext recorderContext) {
        List<RecordedExceptionMapper> recorded = new ArrayList<>();
        for (ExceptionMapperBuildItem mapper : mappers) {
            RuntimeValue<Invoker<Object, Object>> invoker = recorderContext.newInstance(mapper.invoker.getClassName());
            String beanClass = mapper.bean.getImplClazz().name().toString();
            recorded.add(new RecordedExceptionMapper(mapper.method.declaringClass().name().toString(),
                    mapper.method.name(), mapper.exceptionTypes.stream().map(DotName::toString).sorted().toList(),
                    mapper.local ? beanClass : null, MethodSignatures.callerParams(mapper.method), mapper.exceptionParam,
                    mapper.uni, mapper.bean.getIdentifier(), invoker, mapper.suspend));
        }
        recorded.sort(Comparator.comparing((RecordedExceptionMapper m) -> String.valueOf(m.localTo()))
                .thenComparing(RecordedExceptionMapper::declaringClass).thenComparing(RecordedExceptionMapper::javaMethod));
        return recorded;
    }

    /** Exception classes annotated {@code @JsonRpcError}, by name: the engine matches them along the hierarchy. */
    private static Map<String, DeclaredError> declaredErrors(IndexView index) {
        Map<String, DeclaredError> errors = new LinkedHashMap<>();
        for (AnnotationInstance annotation : index.getAnnotations(DotNames.JSON_RPC_ERROR)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                AnnotationValue message = annotation.value("message");
                int code = annotation.value("code").asInt();
                String exception = annotation.target().asClass().name().toString();
                String reserved = ReservedCodes.meaning(code);
                if (reserved != null) {
                    LOG.warnf("@JsonRpcError of %s declares code %d (%s), which the JSON-RPC specification reserves:"
                            + " give application errors a code outside -32768 to -32000", exception, code, reserved);
                }
                errors.put(exception, new DeclaredError(code, message == null ? "" : message.asString()));
            }
        }
        return new TreeMap<>(errors);
    }

    /** Jackson reads params and writes results by reflection: a native executable must keep their members. */
    private static void registerForReflection(MethodInfo method, MethodInspector.Inspection inspection,
            BuildProducer<ReflectiveHierarchyBuildItem> reflectiveHierarchy) {
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < inspection.params().size(); i++) {
            if (inspection.params().get(i).kind().fromParams()) {
                types.add(inspection.paramTypes().get(i));
            }
        }
        types.add(inspection.resultType());
        JacksonReflection.register(types, MethodSignatures.describe(method), reflectiveHierarchy);
    }
}
