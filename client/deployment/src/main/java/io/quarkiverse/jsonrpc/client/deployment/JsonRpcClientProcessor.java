package io.quarkiverse.jsonrpc.client.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.runtime.DefaultJsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.runtime.GeneratedClient;
import io.quarkiverse.jsonrpc.client.runtime.JsonRpcClientRecorder;
import io.quarkiverse.jsonrpc.client.runtime.JsonRpcClients;
import io.quarkiverse.jsonrpc.client.runtime.RecordedClient;
import io.quarkiverse.jsonrpc.common.deployment.JacksonReflection;
import io.quarkiverse.jsonrpc.common.deployment.KotlinRequiredPrimitives;
import io.quarkiverse.jsonrpc.common.deployment.UnindexedClasses;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanGizmo2Adaptor;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.InjectionPointInfo;
import io.quarkus.deployment.GeneratedClassGizmo2Adaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;
import io.quarkus.deployment.builditem.ShutdownListenerBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.stork.deployment.builditem.StorkInitializedBuildItem;

/**
 * Finds the {@code @RegisterJsonRpcClient} interfaces, validates their methods, generates an implementation of each,
 * and makes it a bean qualified {@code @JsonRpcClient}.
 */
class JsonRpcClientProcessor {

    private static final String FEATURE = "jsonrpc-client";
    /** Interfaces a client may extend to be closed with try-with-resources; the JDK's, never in the index. */
    /** The types an injection point looks a bean up through, {@code Instance<Calc>}: the bean is {@code Calc}. */
    private static final Set<DotName> LOOKUPS = Set.of(ClientDotNames.INSTANCE, ClientDotNames.PROVIDER,
            ClientDotNames.INJECTABLE_INSTANCE);

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The qualifier is indexed with them, so that ArC knows it even where no injection point uses it. */
    @BuildStep
    AdditionalBeanBuildItem clientBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(JsonRpcClients.class, DefaultJsonRpcClientBuilder.class, JsonRpcClient.class)
                .setUnremovable()
                .build();
    }

    /**
     * The client interfaces, and the interfaces they extend, indexed wherever they come from: a contract module shared
     * with the server often has no Jandex index. An interface a bean injects as a client is indexed, for its
     * {@code @RegisterJsonRpcClient} to be seen; so are the interfaces a client interface extends, for their methods
     * to be read. Classes already in the index are left as they are.
     */
    @BuildStep
    AdditionalIndexedClassesBuildItem indexClientContracts(ApplicationArchivesBuildItem archives) {
        UnindexedClasses unindexed = UnindexedClasses.outside(archives);
        IndexView indexed = unindexed.indexed();
        Set<String> names = new TreeSet<>();
        for (AnnotationInstance qualifier : indexed.getAnnotations(ClientDotNames.JSON_RPC_CLIENT)) {
            Type type = switch (qualifier.target().kind()) {
                case FIELD -> qualifier.target().asField().type();
                case METHOD_PARAMETER -> qualifier.target().asMethodParameter().type();
                default -> null;
            };
            if (type != null && type.kind() == Type.Kind.PARAMETERIZED_TYPE && LOOKUPS.contains(type.name())) {
                type = type.asParameterizedType().arguments().get(0);
            }
            if (type != null && type.kind() == Type.Kind.CLASS) {
                unindexed.ofType(type.name()).keySet().forEach(name -> names.add(name.toString()));
            }
        }
        for (AnnotationInstance annotation : indexed.getAnnotations(ClientDotNames.REGISTER_JSON_RPC_CLIENT)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                unindexed.of(annotation.target().asClass()).keySet().forEach(name -> names.add(name.toString()));
            }
        }
        return new AdditionalIndexedClassesBuildItem(names.toArray(String[]::new));
    }

    @BuildStep
    void discoverClients(CombinedIndexBuildItem combinedIndex, BuildProducer<ClientInterfaceBuildItem> clients,
            BuildProducer<RefusedClientInterfaceBuildItem> refused, BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combinedIndex.getIndex();
        List<String> problems = new ArrayList<>();
        ClientExceptionMappers.checkPlacement(index, problems);
        for (AnnotationInstance annotation : index.getAnnotations(ClientDotNames.REGISTER_JSON_RPC_CLIENT)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo type = annotation.target().asClass();
            if (!type.isInterface()) {
                problems.add("@RegisterJsonRpcClient is on " + type.name() + ", which is a class: put it on an"
                        + " interface, whose @JsonRpc methods the extension implements");
                continue;
            }
            List<ClientInterfaceBuildItem.ClientMethod> methods = new ArrayList<>();
            List<String> found = new ArrayList<>();
            List<AbstractMethod> abstractMethods = AbstractMethod.of(type, index, found);
            String endpoint = ClientEndpoints.of(type, abstractMethods, found);
            for (AbstractMethod abstractMethod : abstractMethods) {
                MethodInfo method = abstractMethod.method();
                ClientMethodInspector.Inspection inspection = ClientMethodInspector.inspect(method,
                        abstractMethod.declaration(), type, index);
                found.addAll(inspection.problems());
                if (inspection.problems().isEmpty()) {
                    methods.add(new ClientInterfaceBuildItem.ClientMethod(method, inspection.spec(), inspection.serialized()));
                }
            }
            DotName headersBean = ClientHeadersClasses.of(annotation, type, index, found);
            MethodInfo exceptionMapper = ClientExceptionMappers.of(type, combinedIndex.getComputingIndex(), found);
            problems.addAll(found);
            if (found.isEmpty()) {
                clients.produce(new ClientInterfaceBuildItem(type, configKey(annotation, type), endpoint, methods,
                        headersBean, exceptionMapper));
            } else {
                refused.produce(new RefusedClientInterfaceBuildItem(type.name()));
            }
        }
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    // an interface's namespace is checked with each of its methods: said once
                    problems.stream().distinct().map(p -> (Throwable) new IllegalStateException(p)).toList()));
        }
    }

    /**
     * Jackson writes params and reads results and notifications by reflection: a native executable must keep the
     * members of their types.
     */
    @BuildStep
    void registerForReflection(List<ClientInterfaceBuildItem> clients, List<NotificationReceiverBuildItem> receivers,
            BuildProducer<ReflectiveHierarchyBuildItem> reflectiveHierarchy) {
        for (ClientInterfaceBuildItem client : clients) {
            for (ClientInterfaceBuildItem.ClientMethod method : client.methods) {
                JacksonReflection.register(method.serialized(), method.spec().javaMethod(), reflectiveHierarchy);
            }
        }
        for (NotificationReceiverBuildItem receiver : receivers) {
            if (receiver.param != null) {
                JacksonReflection.register(List.of(receiver.param), receiver.javaMethod, reflectiveHierarchy);
            }
        }
    }

    /** The headers classes are beans, @Singleton unless they declare a scope, and may inject others. */
    @BuildStep
    void headersBeans(List<ClientInterfaceBuildItem> clients, BuildProducer<AdditionalBeanBuildItem> beans) {
        for (ClientInterfaceBuildItem client : clients) {
            if (client.headersBean != null) {
                beans.produce(AdditionalBeanBuildItem.builder().addBeanClass(client.headersBean.toString())
                        .setDefaultScope(ClientDotNames.SINGLETON).setUnremovable().build());
            }
        }
    }

    /** An application class, loaded for the recorder, which refers to it in the code it writes. */
    private static Class<?> loadClass(DotName name) {
        try {
            return Class.forName(name.toString(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The class " + name + " could not be loaded", e);
        }
    }

    private static String configKey(AnnotationInstance annotation, ClassInfo type) {
        AnnotationValue key = annotation.value("configKey");
        return key == null || key.asString().isBlank() ? type.name().toString() : key.asString();
    }

    /** The implementations are plain classes, made by the recorded supplier: they are not beans themselves. */
    @BuildStep
    void generateImplementations(List<ClientInterfaceBuildItem> clients,
            BuildProducer<GeneratedClassBuildItem> generatedClasses,
            BuildProducer<GeneratedResourceBuildItem> generatedResources) {
        Gizmo gizmo = Gizmo.create(new GeneratedClassGizmo2Adaptor(generatedClasses, generatedResources, true))
                .withDebugInfo(false)
                .withParameters(false);
        for (ClientInterfaceBuildItem client : clients.stream().sorted().toList()) {
            ClientImplementationGenerator.generate(gizmo, client);
        }
    }

    /**
     * The bean of a client whose interface carries annotations for interceptors: a class, which interceptors can wrap,
     * as a synthetic bean cannot be.
     */
    @BuildStep
    void interceptedClientBeans(List<ClientInterfaceBuildItem> clients, BuildProducer<GeneratedBeanBuildItem> beans,
            BuildProducer<UnremovableBeanBuildItem> unremovable) {
        Gizmo gizmo = Gizmo.create(new GeneratedBeanGizmo2Adaptor(beans)).withDebugInfo(false).withParameters(false);
        for (ClientInterfaceBuildItem client : clients.stream().sorted().toList()) {
            if (client.intercepted) {
                ClientBeanGenerator.generate(gizmo, client);
                unremovable.produce(UnremovableBeanBuildItem.beanClassNames(client.beanName()));
            }
        }
    }

    @BuildStep
    @Record(RUNTIME_INIT)
    void clientBeans(JsonRpcClientRecorder recorder, List<ClientInterfaceBuildItem> clients,
            List<RefusedClientInterfaceBuildItem> refused, BuildProducer<SyntheticBeanBuildItem> beans) {
        List<DotName> names = new ArrayList<>();
        // those with interceptors have a bean class of their own
        clients.stream().sorted().filter(client -> !client.intercepted)
                .forEach(client -> names.add(client.clientInterface.name()));
        // never made: their problems fail the build
        refused.forEach(client -> names.add(client.clientInterface));
        for (DotName name : names) {
            beans.produce(SyntheticBeanBuildItem.configure(name)
                    .addType(name)
                    .addQualifier(ClientDotNames.JSON_RPC_CLIENT)
                    .scope(Singleton.class)
                    .unremovable()
                    .setRuntimeInit()
                    .supplier(recorder.client(name.toString()))
                    .done());
        }
    }

    @BuildStep
    @Record(RUNTIME_INIT)
    ShutdownListenerBuildItem stopReconnectingAtShutdown(JsonRpcClientRecorder recorder) {
        return new ShutdownListenerBuildItem(recorder.stopReconnecting());
    }

    @BuildStep
    @Record(RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class) // the clients are beans, and JsonRpcClients is looked up
    @Consume(StorkInitializedBuildItem.class) // a client of a stork:// URL that connects now asks Stork
    ServiceStartBuildItem initializeClients(JsonRpcClientRecorder recorder, RecorderContext recorderContext,
            List<ClientInterfaceBuildItem> clients, List<NotificationReceiverBuildItem> receivers,
            BeanDiscoveryFinishedBuildItem beans, CombinedIndexBuildItem index) {
        // the clients a bean injects: their configuration is checked as the application starts, the others' when used;
        // an injection without the qualifier is of the server's bean implementing the interface, not of the client
        Set<DotName> injected = new HashSet<>();
        for (InjectionPointInfo injection : beans.getInjectionPoints()) {
            if (injection.getRequiredQualifiers().stream()
                    .anyMatch(qualifier -> qualifier.name().equals(ClientDotNames.JSON_RPC_CLIENT))) {
                injected.add(injection.getRequiredType().name());
            }
        }
        List<RecordedClient> recorded = new ArrayList<>();
        for (ClientInterfaceBuildItem client : clients.stream().sorted().toList()) {
            @SuppressWarnings({ "unchecked", "rawtypes" })
            RuntimeValue<GeneratedClient> prototype = (RuntimeValue) recorderContext
                    .newInstance(client.implementationName());
            // of what it writes and reads: the classes of its results are among them
            List<String> requiredCreatorParams = new ArrayList<>(KotlinRequiredPrimitives.of(client.methods.stream()
                    .flatMap(method -> method.serialized().stream()).toList(), index.getIndex()));
            recorded.add(new RecordedClient(client.configKey, client.interfaceName(), client.endpoint,
                    client.methods.stream().map(ClientInterfaceBuildItem.ClientMethod::spec).toList(), prototype,
                    injected.contains(client.clientInterface.name()),
                    client.headersBean == null ? null : loadClass(client.headersBean), requiredCreatorParams));
        }
        recorder.initialize(recorded, NotificationReceiverProcessor.record(receivers, recorderContext));
        return new ServiceStartBuildItem(FEATURE);
    }
}
