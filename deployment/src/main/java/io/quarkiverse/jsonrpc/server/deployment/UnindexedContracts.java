package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * The build reads {@code @JsonRpc} methods from the Jandex index, which holds an archive's classes only where the
 * archive has an index (the Jandex Maven plugin's, or a {@code META-INF/beans.xml}). An interface with {@code @JsonRpc}
 * methods in a shared module without one is not in it: a class of the application that implements it would serve none
 * of its methods, and every call would answer Method not found. So each such interface is read from its class file, as
 * the computing index does, only to report it.
 */
final class UnindexedContracts {

    /** Packages whose interfaces carry no {@code @JsonRpc} methods: not read. */
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jakarta.", "kotlin.", "io.quarkus.",
            "io.smallrye.", "io.vertx.", "io.netty.", "org.jboss.");

    private UnindexedContracts() {
    }

    /**
     * @param application the application's own classes
     * @param index the index the methods are read from
     * @param computing an index that reads any class on the class path
     */
    static void report(IndexView application, IndexView index, IndexView computing, List<String> problems) {
        Set<DotName> visited = new HashSet<>();
        for (ClassInfo implementation : application.getKnownClasses()) {
            if (implementation.isInterface() || Modifier.isAbstract(implementation.flags())
                    || implementation.hasDeclaredAnnotation(DotNames.VETOED)) {
                continue;
            }
            Deque<DotName> pending = new ArrayDeque<>();
            for (ClassInfo c = implementation; c != null; c = BeanMethods.superClass(c, index)) {
                pending.addAll(c.interfaceNames());
            }
            while (!pending.isEmpty()) {
                DotName name = pending.poll();
                if (!visited.add(name) || platform(name)) {
                    continue;
                }
                ClassInfo contract = index.getClassByName(name);
                if (contract == null) {
                    contract = computing.getClassByName(name);
                    if (contract != null && contract.methods().stream().anyMatch(ServedMethods::isJsonRpc)) {
                        problems.add(implementation.name() + " implements " + name + ", whose @JsonRpc methods are"
                                + " not served: " + name + " is not in the Jandex index. Add a Jandex index to its"
                                + " archive (the io.smallrye:jandex-maven-plugin, or an empty META-INF/beans.xml)");
                    }
                }
                if (contract != null) {
                    pending.addAll(contract.interfaceNames());
                }
            }
        }
    }

    private static boolean platform(DotName name) {
        String qualified = name.toString();
        return PLATFORM.stream().anyMatch(qualified::startsWith);
    }
}
