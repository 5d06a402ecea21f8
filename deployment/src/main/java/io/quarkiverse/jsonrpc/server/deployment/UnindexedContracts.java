package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.UnindexedClasses;

/**
 * A superclass or an interface with {@code @JsonRpc} methods (or hooks, or exception mappers) in a module without a
 * Jandex index would not be in the index the build reads methods from, and a class of the application that extends or
 * implements it would serve none of its methods: such classes are indexed, with those between the class and them, for
 * the index to know the class inherits them. So is an exception class annotated {@code @JsonRpcError} from such a
 * module that a method declares in its {@code throws} clause, for its error to be answered: the build cannot see one
 * that is thrown without being declared.
 */
final class UnindexedContracts {

    private static final List<DotName> CALLED = List.of(DotNames.JSON_RPC, DotNames.ON_OPEN, DotNames.ON_CLOSE,
            DotNames.JSON_RPC_EXCEPTION_MAPPER);

    private UnindexedContracts() {
    }

    /**
     * @param application the application's own classes, whose superclasses, interfaces and methods are looked at
     * @return the names of the classes to index
     */
    static Set<String> toIndex(IndexView application, UnindexedClasses unindexed) {
        Set<String> names = new TreeSet<>();
        for (ClassInfo type : application.getKnownClasses()) {
            List<ClassInfo> declaring = new ArrayList<>(List.of(type));
            if (!type.isInterface() && !Modifier.isAbstract(type.flags()) && !type.hasDeclaredAnnotation(DotNames.VETOED)) {
                Map<DotName, ClassInfo> contracts = unindexed.of(type);
                if (contracts.values().stream().anyMatch(UnindexedContracts::declaresCalledMethods)) {
                    contracts.keySet().forEach(name -> names.add(name.toString()));
                    declaring.addAll(contracts.values());
                }
            }
            for (ClassInfo c : declaring) {
                for (MethodInfo method : c.methods()) {
                    for (Type thrown : method.exceptions()) {
                        unindexed.ofType(thrown.name()).forEach((name, error) -> {
                            if (error.hasDeclaredAnnotation(DotNames.JSON_RPC_ERROR)) {
                                names.add(name.toString());
                            }
                        });
                    }
                }
            }
        }
        return names;
    }

    /** Whether {@code c} declares methods the extension calls: JSON-RPC methods, hooks or exception mappers. */
    private static boolean declaresCalledMethods(ClassInfo c) {
        return c.methods().stream().anyMatch(method -> CALLED.stream().anyMatch(method::hasDeclaredAnnotation));
    }
}
