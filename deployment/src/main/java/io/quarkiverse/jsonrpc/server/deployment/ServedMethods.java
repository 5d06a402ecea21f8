package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;

/**
 * The {@code @JsonRpc} methods a bean class serves: those of its class hierarchy, and those of the interfaces it
 * implements (a contract shared with a typed client). The implementation decides where both speak: a class method
 * hides the methods it overrides, and an implementing method that carries {@code @JsonRpc} itself replaces the
 * interface method's annotation, as JAX-RS (and quarkus-rest) lets an implementation's annotations replace its
 * interface's.
 */
final class ServedMethods {

    /**
     * One served method.
     *
     * @param declaration the method that carries {@code @JsonRpc}: its name, params and result are the JSON-RPC
     *        method's
     * @param implementation the method that runs: the declaration itself, or the bean's implementation of an
     *        interface method (a default method is its own implementation)
     * @param namespaced the interface whose {@code @JsonRpcNamespace} applies when neither the bean nor the declaring
     *        type has one; {@code null} for none. For a method of an interface without a namespace, the nearest
     *        interface of the bean that extends it and has one (as a client of that interface calls it); for an
     *        implementing method with its own {@code @JsonRpc}, the interface it implements.
     */
    record Served(MethodInfo declaration, MethodInfo implementation, ClassInfo namespaced) {

        Served(MethodInfo method) {
            this(method, method, null);
        }

        boolean fromInterface() {
            return declaration.declaringClass().isInterface();
        }
    }

    private ServedMethods() {
    }

    static List<Served> of(ClassInfo beanClass, IndexView index) {
        List<Served> served = new ArrayList<>();
        for (MethodInfo method : BeanMethods.annotated(beanClass, index, ServedMethods::isJsonRpc)) {
            served.add(new Served(method));
        }
        Set<String> seen = new HashSet<>();
        List<ClassInfo> interfaces = interfaces(beanClass, index);
        for (ClassInfo contract : interfaces) {
            for (MethodInfo method : contract.methods()) {
                // a sub-interface's redeclaration hides the method it redeclares, as an override does in a class
                if (Modifier.isStatic(method.flags()) || method.isSynthetic() || !seen.add(signature(method))
                        || !isJsonRpc(method)) {
                    continue;
                }
                MethodInfo implementation = implementation(beanClass, method, TypeBindings.of(beanClass, contract, index),
                        index);
                ClassInfo namespaced = contract.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE) ? contract
                        : extendingInterface(contract, interfaces, index);
                if (implementation == null || !isJsonRpc(implementation)) {
                    served.add(new Served(method, implementation == null ? method : implementation, namespaced));
                } else {
                    // the class hierarchy serves the implementation with its own annotation, in the interface's namespace
                    served.replaceAll(s -> s.declaration().equals(implementation)
                            ? new Served(implementation, implementation, namespaced)
                            : s);
                }
            }
        }
        return served;
    }

    /**
     * Whether a class method implements a {@code @JsonRpc} interface method of its class: Quarkus must then accept
     * {@code @Blocking} and the other execution model annotations on it.
     */
    static boolean implementsJsonRpcMethod(MethodInfo method, IndexView index) {
        if (method.declaringClass().isInterface() || Modifier.isStatic(method.flags())) {
            return false;
        }
        String signature = signature(method);
        for (ClassInfo contract : interfaces(method.declaringClass(), index)) {
            for (MethodInfo candidate : contract.methods()) {
                if (isJsonRpc(candidate) && signature(candidate).equals(signature)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every interface a class implements, directly, through its superclasses or through other interfaces; nearest
     * first, so that a redeclaring sub-interface comes before the interface it extends. Interfaces the index does
     * not know are left out: they cannot carry {@code @JsonRpc} methods the build could read.
     */
    static List<ClassInfo> interfaces(ClassInfo beanClass, IndexView index) {
        Set<DotName> visited = new LinkedHashSet<>();
        List<ClassInfo> found = new ArrayList<>();
        Deque<DotName> pending = new ArrayDeque<>();
        for (ClassInfo c = beanClass; c != null; c = BeanMethods.superClass(c, index)) {
            pending.addAll(c.interfaceNames());
        }
        while (!pending.isEmpty()) {
            DotName name = pending.poll();
            ClassInfo contract = visited.add(name) ? index.getClassByName(name) : null;
            if (contract != null) {
                found.add(contract);
                pending.addAll(contract.interfaceNames());
            }
        }
        return found;
    }

    private static ClassInfo extendingInterface(ClassInfo contract, List<ClassInfo> interfaces, IndexView index) {
        for (ClassInfo candidate : interfaces) {
            if (candidate.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE)
                    && interfaces(candidate, index).stream().anyMatch(c -> c.name().equals(contract.name()))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The class method that runs for an interface method: the most derived one with its name and erased params, the
     * interface's type variables taken as the bean binds them ({@code save(T)} of {@code Repository<Book>} is
     * implemented by {@code save(Book)}).
     */
    private static MethodInfo implementation(ClassInfo beanClass, MethodInfo contractMethod, TypeBindings bindings,
            IndexView index) {
        String signature = signature(contractMethod, bindings);
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = BeanMethods.superClass(c,
                index)) {
            for (MethodInfo method : c.methods()) {
                // a bridge method is the compiler's, for generic interfaces: the method it calls is the user's
                if (!method.isSynthetic() && !Modifier.isStatic(method.flags()) && signature(method).equals(signature)) {
                    return method;
                }
            }
        }
        return null;
    }

    private static String signature(MethodInfo method) {
        return signature(method, TypeBindings.NONE);
    }

    private static String signature(MethodInfo method, TypeBindings bindings) {
        StringBuilder signature = new StringBuilder(method.name()).append('(');
        for (Type type : method.parameterTypes()) {
            signature.append(bindings.resolve(type).name()).append(',');
        }
        return signature.append(')').toString();
    }

    static boolean isJsonRpc(MethodInfo method) {
        return method.hasDeclaredAnnotation(DotNames.JSON_RPC);
    }
}
