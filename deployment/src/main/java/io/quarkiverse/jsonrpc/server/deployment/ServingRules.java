package io.quarkiverse.jsonrpc.server.deployment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.arc.deployment.TransformedAnnotationsBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BeanResolver;

/** The rules that tie {@code @JsonRpc} methods to the beans that serve them: each is served, and by one bean. */
final class ServingRules {

    private ServingRules() {
    }

    /**
     * The methods each bean serves, where one bean serves each interface's {@code @JsonRpc} methods: the bean ArC
     * would inject of those that implement it (an enabled alternative), and none where it would inject none, which
     * is reported: a client calling the interface could not tell which one answers.
     */
    static Map<BeanInfo, List<ServedMethods.Served>> servedOnce(Map<BeanInfo, List<ServedMethods.Served>> servedByBean,
            BeanResolver resolver, List<String> problems) {
        Map<DotName, Set<BeanInfo>> beansByContract = new TreeMap<>();
        servedByBean.forEach((bean, served) -> {
            for (ServedMethods.Served method : served) {
                if (method.fromInterface()) {
                    beansByContract.computeIfAbsent(method.declaration().declaringClass().name(),
                            name -> new HashSet<>()).add(bean);
                }
            }
        });
        Map<DotName, BeanInfo> servingBeans = new HashMap<>();
        beansByContract.forEach((contract, beans) -> {
            BeanInfo serving = beans.size() == 1 ? beans.iterator().next() : OwningBeans.winner(resolver, beans);
            if (serving != null) {
                servingBeans.put(contract, serving);
            } else {
                problems.add("Interface " + contract + " declares @JsonRpc methods, which " + beans.size()
                        + " beans implement " + beans.stream().map(bean -> bean.getImplClazz().name().toString())
                                .sorted().toList()
                        + ": one bean serves an interface's methods; annotate the others @Vetoed, or have them not"
                        + " implement it");
            }
        });
        Map<BeanInfo, List<ServedMethods.Served>> servedOnce = new LinkedHashMap<>();
        servedByBean.forEach((bean, served) -> servedOnce.put(bean, served.stream()
                .filter(method -> !method.fromInterface()
                        || servingBeans.get(method.declaration().declaringClass().name()) == bean)
                .toList()));
        return servedOnce;
    }

    /**
     * Reports every {@code @JsonRpc} method that no bean serves: one declared on a class that is no bean and has no
     * bean subclass, or on an interface no bean implements (see {@link OwningBeans#unowned}). A client interface's
     * methods are called, not served, and so are those of the interfaces it extends. A method of a bean's class
     * hierarchy that it does not serve was replaced by one with its own {@code @JsonRpc}, as {@link ServedMethods}
     * documents.
     */
    static void unserved(IndexView index, BeanDiscoveryFinishedBuildItem beanDiscovery,
            BuildExclusionsBuildItem exclusions, TransformedAnnotationsBuildItem annotations, List<String> problems) {
        Set<DotName> clientContracts = clientContracts(index);
        for (MethodInfo method : OwningBeans.unowned(index, beanDiscovery, exclusions, annotations, true,
                List.of(DotNames.JSON_RPC))) {
            ClassInfo declaringClass = method.declaringClass();
            if (clientContracts.contains(declaringClass.name())) {
                continue;
            }
            String produced = OwningBeans.produced(declaringClass, beanDiscovery);
            if (declaringClass.isInterface()) {
                problems.add("@JsonRpc method " + MethodSignatures.describe(method) + " is declared on interface "
                        + declaringClass.name() + ", which no bean implements: implement it in a class (which"
                        + " becomes a @Singleton bean), or register the interface as a client with"
                        + " @RegisterJsonRpcClient");
            } else if (produced != null) {
                problems.add("@JsonRpc method " + MethodSignatures.describe(method) + " is declared on "
                        + declaringClass.name() + ", " + produced);
            } else {
                problems.add("@JsonRpc method " + MethodSignatures.describe(method) + " is declared on "
                        + declaringClass.name() + ", " + BeanMethods.notABean(declaringClass, true));
            }
        }
    }

    /** A {@code @JsonRpc} method, and a bean that serves it. */
    record ServedBy(MethodInfo declaration, BeanInfo bean) {
    }

    /**
     * Reports a JSON-RPC name that more than one method has at one endpoint, or that more than one bean serves for
     * one method: beans of one class hierarchy that injection cannot tell apart, none an enabled alternative.
     *
     * @param endpoint the path of the {@code @JsonRpcEndpoint}, {@code ""} for the configured paths
     */
    static void uniqueName(String name, String endpoint, List<ServedBy> serving, List<String> problems) {
        if (serving.size() < 2) {
            return;
        }
        String at = endpoint.isEmpty() ? "" : " at @JsonRpcEndpoint(\"" + endpoint + "\")";
        List<String> methods = serving.stream().map(served -> MethodSignatures.describe(served.declaration()))
                .distinct().sorted().toList();
        if (methods.size() == serving.size()) {
            problems.add("JSON-RPC method name '" + name + "' is used by " + methods.size() + " methods ["
                    + String.join(", ", methods) + "]" + at + ": give each a unique name with @JsonRpc(\"...\")");
        } else {
            List<String> beans = serving.stream().map(served -> served.bean().getImplClazz().name().toString())
                    .sorted().toList();
            problems.add("JSON-RPC method '" + name + "' [" + String.join(", ", methods) + "]" + at + " is served by "
                    + beans.size() + " beans " + beans + ": one bean serves a method; make the one that serves it an"
                    + " @Alternative with a @Priority, annotate the others @Vetoed, or give each its own"
                    + " @JsonRpcEndpoint");
        }
    }

    /** The client interfaces ({@code @RegisterJsonRpcClient}) and every interface they extend. */
    private static Set<DotName> clientContracts(IndexView index) {
        Set<DotName> contracts = new HashSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(DotNames.REGISTER_JSON_RPC_CLIENT)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo client = annotation.target().asClass();
                contracts.add(client.name());
                ClassHierarchy.interfaces(client, index).forEach(contract -> contracts.add(contract.name()));
            }
        }
        return contracts;
    }
}
