package io.quarkiverse.jsonrpc.client.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.invoke.Invoker;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.runtime.RecordedReceiver;
import io.quarkiverse.jsonrpc.common.deployment.CalledMethods;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.JacksonTypes;
import io.quarkiverse.jsonrpc.common.deployment.KotlinObjects;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.arc.processor.KotlinUtils;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.runtime.RuntimeValue;

/**
 * The bean methods annotated {@code @OnJsonRpcNotification}: validated, given an invoker, and recorded with the
 * client whose connection carries their notifications.
 */
class NotificationReceiverProcessor {

    /** A class with receiving methods is a bean even without a bean-defining annotation, and nothing injects it. */
    @BuildStep
    void receiverBeans(BuildProducer<AutoAddScopeBuildItem> scopes, BuildProducer<UnremovableBeanBuildItem> keep) {
        scopes.produce(AutoAddScopeBuildItem.builder()
                .containsAnnotations(ClientDotNames.ON_JSON_RPC_NOTIFICATION)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @OnJsonRpcNotification methods")
                .build());
        keep.produce(new UnremovableBeanBuildItem(bean -> bean.isClassBean() && bean.getImplClazz().methods().stream()
                .anyMatch(m -> m.hasDeclaredAnnotation(ClientDotNames.ON_JSON_RPC_NOTIFICATION))));
    }

    @BuildStep
    void collectReceivers(CombinedIndexBuildItem index, BeanDiscoveryFinishedBuildItem beanDiscovery,
            InvokerFactoryBuildItem invokerFactory, List<ClientInterfaceBuildItem> clients,
            BuildProducer<NotificationReceiverBuildItem> receivers, BuildProducer<ValidationErrorBuildItem> errors) {
        Set<String> configKeys = clients.stream().map(c -> c.configKey).collect(Collectors.toSet());
        // where a receiving Multi may be declared: a client interface, or an interface one extends
        Set<DotName> contracts = new HashSet<>();
        for (ClientInterfaceBuildItem client : clients) {
            contracts.add(client.clientInterface.name());
            ClassHierarchy.interfaces(client.clientInterface, index.getIndex())
                    .forEach(contract -> contracts.add(contract.name()));
        }
        List<String> problems = new ArrayList<>();
        for (AnnotationInstance annotation : index.getIndex().getAnnotations(ClientDotNames.ON_JSON_RPC_NOTIFICATION)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = annotation.target().asMethod();
            ClassInfo declaring = method.declaringClass();
            String where = MethodSignatures.describe(method);
            if (declaring.isInterface()) {
                if (!contracts.contains(declaring.name())) {
                    // no bean is called through it: its receivers would receive nothing, silently
                    problems.add("@OnJsonRpcNotification method " + where + " is declared on interface "
                            + declaring.name() + ", which no @RegisterJsonRpcClient interface is or extends: declare"
                            + " it on the bean class that receives the notifications");
                }
                continue; // a client interface's receiving Multi, inspected with the interface
            }
            AnnotationValue client = annotation.value("client");
            String configKey = client == null ? "" : client.asString();
            int before = problems.size();
            if (configKey.isEmpty()) {
                problems.add("@OnJsonRpcNotification method " + where + " does not say which client's notifications"
                        + " it receives: add client = \"<config key>\", the configKey of a @RegisterJsonRpcClient"
                        + " interface");
            } else if (!configKeys.contains(configKey)) {
                problems.add("@OnJsonRpcNotification method " + where + " receives notifications of the client '"
                        + configKey + "', but no @RegisterJsonRpcClient interface has that config key"
                        + (configKeys.isEmpty() ? "" : ": name one of " + new TreeSet<>(configKeys)));
            }
            if (KotlinUtils.isKotlinSuspendMethod(method)) {
                problems.add("@OnJsonRpcNotification method " + where + " is a Kotlin suspend function, which a"
                        + " receiver cannot be: make it a function that is not suspend, returning Unit, or Uni<Void>"
                        + " for work that completes later");
            } else if (method.parametersCount() > 1) {
                problems.add("@OnJsonRpcNotification method " + where + " takes " + method.parametersCount()
                        + " parameters: take at most one, which the notification's params are read into");
            }
            CalledMethods.checkModifiers(method, "@OnJsonRpcNotification method " + where, problems);
            // ArC's bean of an object, made one here or by a bean-defining annotation, is not the object
            String kotlinObject = KotlinObjects.notABean(declaring);
            if (kotlinObject != null) {
                problems.add("@OnJsonRpcNotification method " + where + " is declared on " + declaring.name() + ", "
                        + kotlinObject);
            }
            if (problems.size() > before) {
                continue;
            }
            BeanInfo bean = beanDiscovery.beanStream().classBeans().withBeanClass(declaring.name()).firstResult()
                    .orElse(null);
            if (bean == null) {
                problems.add("@OnJsonRpcNotification method " + where + " is declared on " + declaring.name()
                        + ", which is not a bean: declare it on a concrete, non-vetoed class");
                continue;
            }
            Type returnType = method.returnType();
            boolean nonBlocking = returnType.name().equals(ClientDotNames.UNI)
                    || returnType.name().equals(ClientDotNames.COMPLETION_STAGE);
            receivers.produce(new NotificationReceiverBuildItem(configKey, annotation.value().asString(), where,
                    method.parametersCount() == 0 ? null : method.parameterType(0),
                    nonBlocking, invokerFactory.createInvoker(bean, method).withInstanceLookup().build()));
        }
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    problems.stream().map(p -> (Throwable) new IllegalStateException(p)).toList()));
        }
    }

    static List<RecordedReceiver> record(List<NotificationReceiverBuildItem> receivers,
            RecorderContext recorderContext) {
        List<RecordedReceiver> recorded = new ArrayList<>();
        for (NotificationReceiverBuildItem item : receivers) {
            @SuppressWarnings({ "unchecked", "rawtypes" })
            RuntimeValue<Invoker<Object, Object>> invoker = (RuntimeValue) recorderContext
                    .newInstance(item.invoker.getClassName());
            recorded.add(new RecordedReceiver(item.configKey, item.method, item.javaMethod,
                    item.param == null ? null : JacksonTypes.canonical(item.param),
                    item.nonBlocking, invoker));
        }
        // sorted: the build is reproducible
        recorded.sort(Comparator.comparing(RecordedReceiver::javaMethod).thenComparing(RecordedReceiver::method));
        return recorded;
    }
}
