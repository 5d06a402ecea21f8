package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;

/**
 * A method the implementation must write, and the declaration that says what it calls.
 *
 * @param declaration the nearest method it overrides that has {@code @JsonRpc} or {@code @OnJsonRpcNotification},
 *        its own first; the method itself when none has: as a server serves an interface's method
 */
record AbstractMethod(MethodInfo method, MethodInfo declaration) {

    /** Interfaces whose methods every client implements already: a client interface may extend them, for no cast. */
    private static final Set<DotName> CLOSEABLE = Set.of(ClientDotNames.AUTO_CLOSEABLE, ClientDotNames.CLOSEABLE,
            DotName.createSimple(JsonRpcClientControl.class));

    /**
     * The methods the implementation must write: the interface's own and those it inherits, an override hiding the
     * method it overrides. A redeclaration without the annotations calls what the declaration it redeclares calls, so
     * that a sub-interface can narrow a result or document a method anew, as on the server.
     */
    static List<AbstractMethod> of(ClassInfo type, IndexView index, List<String> problems) {
        List<MethodInfo> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // the same method in every interface, the client interface's bindings applied: save(Book) redeclares save(T)
        Map<String, MethodInfo> annotated = new HashMap<>();
        Map<MethodInfo, String> signatures = new HashMap<>();
        for (ClassInfo current : mostSpecificFirst(type, index, problems)) {
            TypeBindings bindings = TypeBindings.of(type, current, index);
            for (MethodInfo method : current.methods()) {
                if (Modifier.isStatic(method.flags()) || method.isSynthetic() || isControlClose(method)) {
                    continue;
                }
                String signature = MethodSignatures.overrideKey(method, bindings);
                if (method.hasDeclaredAnnotation(ClientDotNames.JSON_RPC)
                        || method.hasDeclaredAnnotation(ClientDotNames.ON_JSON_RPC_NOTIFICATION)) {
                    annotated.putIfAbsent(signature, method);
                }
                // one method per erased signature, which type annotations are no part of (String hours(@Nullable
                // String day) is hours(String)); save(T) erases to save(Object), which the implementation writes beside
                // a save(Book): an interface inheriting both without redeclaring them has no bridge between them
                if (seen.add(MethodSignatures.overrideKey(method, TypeBindings.NONE))
                        && Modifier.isAbstract(method.flags())) {
                    methods.add(method);
                    signatures.put(method, signature);
                }
            }
        }
        List<AbstractMethod> found = new ArrayList<>();
        for (MethodInfo method : methods) {
            found.add(new AbstractMethod(method, annotated.getOrDefault(signatures.get(method), method)));
        }
        return found;
    }

    /**
     * The client interface and the interfaces it extends, each before those it extends, as Java picks the most specific
     * declaration of a method: a sub-interface's narrowed result or default body wins over its super-interface's,
     * whichever order the client interface lists them in. Otherwise nearest first.
     */
    private static List<ClassInfo> mostSpecificFirst(ClassInfo type, IndexView index, List<String> problems) {
        List<ClassInfo> found = new ArrayList<>();
        Deque<ClassInfo> pending = new ArrayDeque<>(List.of(type));
        Set<DotName> visited = new HashSet<>();
        while (!pending.isEmpty()) {
            ClassInfo current = pending.poll();
            if (!visited.add(current.name())) {
                continue;
            }
            found.add(current);
            for (DotName parent : current.interfaceNames()) {
                ClassInfo parentInfo = index.getClassByName(parent);
                if (CLOSEABLE.contains(parent)) {
                    // JsonRpcClientControl's methods (close() among them), which every client implements
                    continue;
                }
                if (parentInfo == null) {
                    // the interfaces of other modules are indexed (indexClientContracts), the platform's are not
                    problems.add("JSON-RPC client interface " + type.name() + " extends " + parent + ", whose methods"
                            + " the build does not read: a client calls the methods of the application's interfaces,"
                            + " not those of the JDK's or Quarkus's; declare them on " + type.name());
                } else {
                    pending.add(parentInfo);
                }
            }
        }
        // an interface extends fewer interfaces than one that extends it: a stable sort keeps the rest as found
        Map<DotName, Integer> extended = new HashMap<>();
        found.forEach(c -> extended.put(c.name(), ClassHierarchy.interfaces(c, index).size()));
        found.sort(Comparator.comparingInt((ClassInfo c) -> extended.get(c.name())).reversed());
        return found;
    }

    /** {@code void close()} without {@code @JsonRpc}: that of {@code AutoCloseable}, which closes a built client. */
    private static boolean isControlClose(MethodInfo method) {
        return method.name().equals("close") && method.parametersCount() == 0
                && method.returnType().kind() == Type.Kind.VOID && !method.hasDeclaredAnnotation(ClientDotNames.JSON_RPC);
    }
}
