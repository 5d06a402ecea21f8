package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkiverse.jsonrpc.common.deployment.UnindexedInterfaces;

/**
 * An interface with {@code @JsonRpc} methods in a module without a Jandex index would not be in the index the build
 * reads methods from, and a class of the application that implements it would serve none of its methods: such
 * interfaces are indexed, with those between the class and them, for the index to know the class implements them.
 */
final class UnindexedContracts {

    private UnindexedContracts() {
    }

    /**
     * @param application the application's own classes, whose interfaces are looked at
     * @return the names of the interfaces to index
     */
    static Set<String> toIndex(IndexView application, UnindexedInterfaces unindexed) {
        Set<String> names = new TreeSet<>();
        for (ClassInfo implementation : application.getKnownClasses()) {
            if (implementation.isInterface() || Modifier.isAbstract(implementation.flags())
                    || implementation.hasDeclaredAnnotation(DotNames.VETOED)) {
                continue;
            }
            Map<DotName, ClassInfo> interfaces = unindexed.of(implementation);
            if (interfaces.values().stream().anyMatch(c -> c.methods().stream().anyMatch(ServedMethods::isJsonRpc))) {
                interfaces.keySet().forEach(name -> names.add(name.toString()));
            }
        }
        return names;
    }
}
