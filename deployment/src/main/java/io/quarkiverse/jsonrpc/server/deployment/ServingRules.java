package io.quarkiverse.jsonrpc.server.deployment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.arc.processor.BeanInfo;

/** The rules that tie {@code @JsonRpc} methods to the beans that serve them: each is served, and by one bean. */
final class ServingRules {

    private ServingRules() {
    }

    /**
     * Reports every interface whose {@code @JsonRpc} methods more than one bean serves: a client calling the
     * interface could not tell which one answers.
     *
     * @return those interfaces, whose methods are then left unserved so that no further error repeats the conflict
     */
    static Set<DotName> servedOnce(Map<BeanInfo, List<ServedMethods.Served>> servedByBean, List<String> problems) {
        Map<DotName, Set<String>> beansByContract = new TreeMap<>();
        servedByBean.forEach((bean, served) -> {
            for (ServedMethods.Served method : served) {
                if (method.fromInterface()) {
                    beansByContract.computeIfAbsent(method.declaration().declaringClass().name(),
                            name -> new TreeSet<>()).add(bean.getImplClazz().name().toString());
                }
            }
        });
        Set<DotName> conflicting = new HashSet<>();
        beansByContract.forEach((contract, beans) -> {
            if (beans.size() > 1) {
                conflicting.add(contract);
                problems.add("Interface " + contract + " declares @JsonRpc methods, which " + beans.size()
                        + " beans implement " + beans + ": one bean serves an interface's methods; annotate the"
                        + " others @Vetoed, or have them not implement it");
            }
        });
        return conflicting;
    }

    /**
     * Reports every {@code @JsonRpc} method that no bean serves: one declared on a class that is no bean and has no
     * bean subclass, or on an interface no bean implements (see {@link OwningBeans#unowned}). A client interface's
     * methods are called, not served, and so are those of the interfaces it extends. A method of a bean's class
     * hierarchy that it does not serve was replaced by one with its own {@code @JsonRpc}, as {@link ServedMethods}
     * documents.
     */
    static void unserved(IndexView index, BeanDiscoveryFinishedBuildItem beanDiscovery,
            BuildExclusionsBuildItem exclusions, List<String> problems) {
        Set<DotName> clientContracts = clientContracts(index);
        for (MethodInfo method : OwningBeans.unowned(index, beanDiscovery, exclusions, true, List.of(DotNames.JSON_RPC))) {
            ClassInfo declaringClass = method.declaringClass();
            if (clientContracts.contains(declaringClass.name())) {
                continue;
            }
            if (declaringClass.isInterface()) {
                problems.add("@JsonRpc method " + MethodSignatures.describe(method) + " is declared on interface "
                        + declaringClass.name() + ", which no bean implements: implement it in a class (which"
                        + " becomes a @Singleton bean), or register the interface as a client with"
                        + " @RegisterJsonRpcClient");
            } else {
                problems.add("@JsonRpc method " + MethodSignatures.describe(method) + " is declared on "
                        + declaringClass.name() + ", " + BeanMethods.notABean(declaringClass, "which is not a bean and"
                                + " has no bean subclass: declare it on a concrete, non-vetoed class, or give the"
                                + " abstract class a bean subclass"));
            }
        }
    }

    /** The client interfaces ({@code @RegisterJsonRpcClient}) and every interface they extend. */
    private static Set<DotName> clientContracts(IndexView index) {
        Set<DotName> contracts = new HashSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(DotNames.REGISTER_JSON_RPC_CLIENT)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo client = annotation.target().asClass();
                contracts.add(client.name());
                ServedMethods.interfaces(client, index).forEach(contract -> contracts.add(contract.name()));
            }
        }
        return contracts;
    }
}
