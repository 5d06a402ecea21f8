package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;

/**
 * The {@code @JsonRpc} methods a bean class serves: those of its class hierarchy, and those of the interfaces it
 * implements (a contract shared with a typed client). Superclass and interface speak alike, as JAX-RS (and
 * quarkus-rest) lets a resource method inherit the annotations of the method it overrides or implements: the most
 * derived method runs, and the nearest {@code @JsonRpc} above it (its own first) names and describes it. An override
 * without {@code @JsonRpc} is therefore served as the method it overrides; an abstract {@code @JsonRpc} method is
 * served by its implementation, as an interface's is.
 */
final class ServedMethods {

    /**
     * One served method.
     *
     * @param declaration the method that carries {@code @JsonRpc}: its name, params and result are the JSON-RPC
     *        method's
     * @param implementation the method that runs: the declaration itself, or the bean's implementation of an
     *        interface method, as the JVM selects it (a default method, the most specific interface's)
     * @param namespaced the type whose {@code @JsonRpcNamespace} applies when neither the bean nor the declaring
     *        type has one; {@code null} for none. For a method of an interface without a namespace, the nearest
     *        interface of the bean that extends it and has one (as a client of that interface calls it); for an
     *        implementing method with its own {@code @JsonRpc}, the interface it implements; for an override with its
     *        own {@code @JsonRpc}, the nearest superclass with a namespace whose {@code @JsonRpc} method it overrides.
     * @param contract the interface whose {@code @JsonRpcEndpoint} applies when the bean's class has none: the one that
     *        declares the method, or the nearest whose method a class's {@code @JsonRpc} method implements, with or
     *        without {@code @JsonRpc} of its own; {@code null} for none
     */
    record Served(MethodInfo declaration, MethodInfo implementation, ClassInfo namespaced, ClassInfo contract) {

        Served(MethodInfo method) {
            this(method, method, null, null);
        }

        boolean fromInterface() {
            return declaration.declaringClass().isInterface();
        }
    }

    private ServedMethods() {
    }

    static List<Served> of(ClassInfo beanClass, IndexView index) {
        if (beanClass.hasDeclaredAnnotation(DotNames.JSON_RPC_CLIENT)) {
            // the client extension's bean of a client interface, which calls its methods on another server
            return List.of();
        }
        List<Served> served = classMethods(beanClass, index);
        // the class hierarchy's methods come first: an interface method they implement is merged into them, once
        int ofClasses = served.size();
        Set<String> mergedIntoClass = new HashSet<>();
        List<ClassInfo> interfaces = ClassHierarchy.interfaces(beanClass, index);
        Map<DotName, Set<String>> jsonRpcSignatures = jsonRpcSignatures(beanClass, interfaces, index);
        for (ClassInfo contract : interfaces) {
            boolean describesClassMethods = contract.hasDeclaredAnnotation(DotNames.JSON_RPC_ENDPOINT)
                    || contract.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE);
            for (MethodInfo method : contract.methods()) {
                // a static method implements nothing; one with @JsonRpc is kept to be reported
                if (method.isSynthetic() || Modifier.isStatic(method.flags()) && !isJsonRpc(method)) {
                    continue;
                }
                if (!isJsonRpc(method)) {
                    if (describesClassMethods && !served.isEmpty()) {
                        implementedByClass(served, beanClass, contract, method, interfaces, index);
                    }
                    continue;
                }
                // the nearest @JsonRpc wins: a sub-interface's redeclaration with its own replaces the one it redeclares,
                // one without it leaves it served, as an override does in a class. Interfaces that do not extend one
                // another each have theirs served, as a client of each calls it
                String signature = MethodSignatures.overrideKey(method, TypeBindings.of(beanClass, contract, index));
                if (redeclaredBelow(contract, signature, interfaces, jsonRpcSignatures, index)) {
                    continue;
                }
                MethodInfo implementation = implementation(beanClass, signature, interfaces, index);
                ClassInfo namespaced = contract.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE) ? contract
                        : extendingInterface(contract, interfaces, index);
                int byClass = implementation == null ? -1
                        : indexOfImplementation(served.subList(0, ofClasses), implementation);
                if (byClass >= 0 && !mergedIntoClass.add(signature)) {
                    // the class's own @JsonRpc names it, in the namespace of the first interface it implements
                    continue;
                }
                if (byClass < 0) {
                    served.add(new Served(method, implementation == null ? method : implementation, namespaced,
                            contract));
                } else {
                    // the class hierarchy's @JsonRpc is nearer the implementation: it names the method, in the
                    // interface's namespace, at the interface's endpoint
                    Served byHierarchy = served.get(byClass);
                    served.set(byClass, new Served(byHierarchy.declaration(), implementation,
                            namespaced != null ? namespaced : byHierarchy.namespaced(),
                            byHierarchy.contract() != null ? byHierarchy.contract() : contract));
                }
            }
        }
        return served;
    }

    /**
     * A class's {@code @JsonRpc} method that implements a method of an interface without {@code @JsonRpc} of its own
     * (a service interface, as jsonrpc4j's are, whose implementation carries the annotations): served in the
     * interface's namespace and at its endpoint, as where the interface method has {@code @JsonRpc} too; the nearest
     * interface first.
     */
    private static void implementedByClass(List<Served> served, ClassInfo beanClass, ClassInfo contract,
            MethodInfo method, List<ClassInfo> interfaces, IndexView index) {
        MethodInfo implementation = implementation(beanClass,
                MethodSignatures.overrideKey(method, TypeBindings.of(beanClass, contract, index)), interfaces, index);
        int byClass = implementation == null ? -1 : indexOfImplementation(served, implementation);
        if (byClass < 0 || served.get(byClass).contract() != null || served.get(byClass).fromInterface()) {
            return;
        }
        Served byHierarchy = served.get(byClass);
        ClassInfo namespaced = byHierarchy.namespaced() != null ? byHierarchy.namespaced()
                : contract.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE) ? contract
                        : extendingInterface(contract, interfaces, index);
        served.set(byClass, new Served(byHierarchy.declaration(), byHierarchy.implementation(), namespaced, contract));
    }

    /**
     * The {@code @JsonRpc} methods of the class hierarchy, each with the most derived method that overrides it. A
     * superclass's type variables are taken as the bean binds them, so that {@code save(Book)} overrides
     * {@code save(T)} of {@code Store<Book>}. Static and private methods override nothing, and are kept to be
     * reported.
     */
    private static List<Served> classMethods(ClassInfo beanClass, IndexView index) {
        List<Served> served = new ArrayList<>();
        List<ClassInfo> hierarchy = new ArrayList<>();
        boolean any = false;
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = ClassHierarchy.superClass(c,
                index)) {
            hierarchy.add(c);
            any |= c.hasAnnotation(DotNames.JSON_RPC);
        }
        if (!any) {
            // most classes: every class of the application is asked whether it is a bean with @JsonRpc methods
            return served;
        }
        Map<String, MethodInfo> mostDerived = new HashMap<>();
        Map<String, Integer> declared = new HashMap<>();
        for (ClassInfo c : hierarchy) {
            boolean namespace = c.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE);
            TypeBindings bindings = TypeBindings.of(beanClass, c, index);
            for (MethodInfo method : c.methods()) {
                // a bridge method is the compiler's, and so is the static copy Kotlin writes of an open suspend function
                if (method.isSynthetic()) {
                    continue;
                }
                String signature = MethodSignatures.overrideKey(method, bindings);
                MethodInfo implementation = overridable(method) ? mostDerived.putIfAbsent(signature, method) : null;
                if (!isJsonRpc(method)) {
                    continue;
                }
                Integer at = declared.putIfAbsent(signature, served.size());
                if (at == null) {
                    served.add(new Served(method, implementation == null ? method : implementation, null, null));
                } else if (namespace && served.get(at).namespaced() == null) {
                    // an override with @JsonRpc of its own: in the namespace of the method it overrides, as an
                    // interface method's implementation is
                    Served override = served.get(at);
                    served.set(at, new Served(override.declaration(), override.implementation(), c, null));
                }
            }
        }
        return served;
    }

    private static boolean overridable(MethodInfo method) {
        return !Modifier.isStatic(method.flags()) && !Modifier.isPrivate(method.flags());
    }

    private static int indexOfImplementation(List<Served> served, MethodInfo implementation) {
        for (int i = 0; i < served.size(); i++) {
            if (served.get(i).implementation().equals(implementation)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a class method implements or overrides a {@code @JsonRpc} method of an interface or superclass of its
     * class: Quarkus must then accept {@code @Blocking} and the other execution model annotations on it.
     */
    static boolean implementsJsonRpcMethod(MethodInfo method, IndexView index) {
        if (method.declaringClass().isInterface() || !overridable(method)) {
            return false;
        }
        return overrides(method, index, ServedMethods::isJsonRpc);
    }

    /**
     * Whether a class method overrides or implements a method of a superclass or interface of its class that
     * {@code overridden} accepts, the type variables of each taken as the class binds them.
     */
    static boolean overrides(MethodInfo method, IndexView index, Predicate<MethodInfo> overridden) {
        return overridden(method, index).stream().anyMatch(overridden);
    }

    /**
     * The methods of the superclasses and interfaces of its class that a method overrides or implements, the type
     * variables of each taken as the class binds them: its superclasses' first, nearest first, then its interfaces'.
     */
    static List<MethodInfo> overridden(MethodInfo method, IndexView index) {
        ClassInfo declaringClass = method.declaringClass();
        List<ClassInfo> supertypes = new ArrayList<>();
        for (ClassInfo c = ClassHierarchy.superClass(declaringClass, index); c != null; c = ClassHierarchy.superClass(c,
                index)) {
            supertypes.add(c);
        }
        supertypes.addAll(ClassHierarchy.interfaces(declaringClass, index));
        String signature = MethodSignatures.overrideKey(method, TypeBindings.NONE);
        List<MethodInfo> overridden = new ArrayList<>();
        for (ClassInfo supertype : supertypes) {
            TypeBindings bindings = TypeBindings.of(declaringClass, supertype, index);
            for (MethodInfo candidate : supertype.methods()) {
                if (overridable(candidate) && MethodSignatures.overrideKey(candidate, bindings).equals(signature)) {
                    overridden.add(candidate);
                }
            }
        }
        return overridden;
    }

    /** The bound signatures ({@link MethodSignatures#overrideKey}) of each interface's own {@code @JsonRpc} methods. */
    private static Map<DotName, Set<String>> jsonRpcSignatures(ClassInfo beanClass, List<ClassInfo> interfaces,
            IndexView index) {
        Map<DotName, Set<String>> signatures = new HashMap<>();
        for (ClassInfo contract : interfaces) {
            TypeBindings bindings = TypeBindings.of(beanClass, contract, index);
            signatures.put(contract.name(), contract.methods().stream()
                    .filter(method -> !method.isSynthetic() && overridable(method) && isJsonRpc(method))
                    .map(method -> MethodSignatures.overrideKey(method, bindings))
                    .collect(Collectors.toSet()));
        }
        return signatures;
    }

    /**
     * Whether an interface of the bean that extends {@code contract}, directly or not, redeclares the method with a
     * {@code @JsonRpc} of its own: whichever order the class lists its interfaces in.
     */
    private static boolean redeclaredBelow(ClassInfo contract, String signature, List<ClassInfo> interfaces,
            Map<DotName, Set<String>> jsonRpcSignatures, IndexView index) {
        for (ClassInfo candidate : interfaces) {
            if (candidate != contract && jsonRpcSignatures.get(candidate.name()).contains(signature)
                    && ClassHierarchy.extendsInterface(candidate, contract.name(), index)) {
                return true;
            }
        }
        return false;
    }

    private static ClassInfo extendingInterface(ClassInfo contract, List<ClassInfo> interfaces, IndexView index) {
        for (ClassInfo candidate : interfaces) {
            if (candidate.hasDeclaredAnnotation(DotNames.JSON_RPC_NAMESPACE)
                    && ClassHierarchy.extendsInterface(candidate, contract.name(), index)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The method that runs for an interface method, as the JVM selects it: the most derived class method that overrides
     * it, the type variables of the interface and of each class taken as the bean binds them ({@code save(T)} of
     * {@code Repository<Book>} is implemented by {@code save(Book)}, and by {@code save(E)} of a superclass
     * {@code Base<Book>}); else the default method of the most specific interface, the interface method's own or a
     * sub-interface's; {@code null} for none.
     *
     * @param signature the interface method's {@link MethodSignatures#overrideKey}, its type variables bound
     */
    private static MethodInfo implementation(ClassInfo beanClass, String signature, List<ClassInfo> interfaces,
            IndexView index) {
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = ClassHierarchy.superClass(c,
                index)) {
            TypeBindings bindings = TypeBindings.of(beanClass, c, index);
            for (MethodInfo method : c.methods()) {
                // a bridge method is the compiler's, for generic interfaces: the method it calls is the user's
                if (!method.isSynthetic() && overridable(method)
                        && MethodSignatures.overrideKey(method, bindings).equals(signature)) {
                    return method;
                }
            }
        }
        List<MethodInfo> defaults = new ArrayList<>();
        for (ClassInfo contract : interfaces) {
            TypeBindings bindings = TypeBindings.of(beanClass, contract, index);
            for (MethodInfo method : contract.methods()) {
                if (!method.isSynthetic() && overridable(method) && !Modifier.isAbstract(method.flags())
                        && MethodSignatures.overrideKey(method, bindings).equals(signature)) {
                    defaults.add(method);
                }
            }
        }
        for (MethodInfo candidate : defaults) {
            DotName declaring = candidate.declaringClass().name();
            if (defaults.stream().noneMatch(
                    other -> ClassHierarchy.extendsInterface(other.declaringClass(), declaring, index))) {
                return candidate;
            }
        }
        return null;
    }

    static boolean isJsonRpc(MethodInfo method) {
        return method.hasDeclaredAnnotation(DotNames.JSON_RPC);
    }
}
