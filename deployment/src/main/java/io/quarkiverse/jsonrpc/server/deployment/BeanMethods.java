package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;

/** The methods of a bean class, read from Jandex as Java resolves them. */
final class BeanMethods {

    private BeanMethods() {
    }

    /**
     * The methods of a bean class that carry an annotation: its own and those it inherits, an override hiding the
     * method it overrides (with or without the annotation), as CDI treats lifecycle callbacks and observer methods.
     * For lifecycle hooks and exception mappers; {@code @JsonRpc} methods inherit their annotation, see
     * {@link ServedMethods}. Methods the compiler wrote are not the application's,
     * even where they carry its annotations: bridge methods, and the static copy Kotlin writes of an open suspend
     * function ({@code name$suspendImpl}).
     */
    static List<MethodInfo> annotated(ClassInfo beanClass, IndexView index, Predicate<MethodInfo> annotated) {
        List<MethodInfo> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = ClassHierarchy.superClass(c, index)) {
            for (MethodInfo method : c.methods()) {
                if (method.isSynthetic()) {
                    continue;
                }
                String signature = method.name() + method.parameterTypes();
                if (seen.add(signature) && annotated.test(method)) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * The problem of an annotated method that no bean has, so that it would never run: declared on a class that is
     * no bean and has no bean subclass, or on an interface, whose methods {@link #annotated} does not look at.
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    static String notOnBean(String subject, MethodInfo method) {
        ClassInfo declaring = method.declaringClass();
        if (declaring.isInterface()) {
            return subject + " is declared on interface " + declaring.name() + ": it is looked for on bean classes"
                    + " and their superclasses only, declare it on the class";
        }
        return subject + " is declared on " + declaring.name() + ", which is not a bean and has no bean subclass:"
                + " declare it on a concrete, non-vetoed class";
    }
}
