package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.KotlinMetadata;
import io.quarkiverse.jsonrpc.common.deployment.KotlinObjects;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import kotlin.metadata.ClassKind;

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
            TypeBindings bindings = TypeBindings.of(beanClass, c, index);
            for (MethodInfo method : c.methods()) {
                if (method.isSynthetic()) {
                    continue;
                }
                String signature = MethodSignatures.overrideKey(method, bindings);
                if (seen.add(signature) && annotated.test(method)) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * The problem of a hook or an exception mapper that no bean has, so that it would never run: declared on a class
     * that is no bean and has no bean subclass, or on an interface, whose methods {@link #annotated} does not look at.
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    static String notOnBean(String subject, MethodInfo method, BeanDiscoveryFinishedBuildItem beanDiscovery) {
        ClassInfo declaring = method.declaringClass();
        if (declaring.isInterface()) {
            return subject + " is declared on interface " + declaring.name() + ": it is looked for on bean classes"
                    + " and their superclasses only, declare it on the class";
        }
        String produced = OwningBeans.produced(declaring, beanDiscovery);
        if (produced != null) {
            return subject + " is declared on " + declaring.name() + ", " + produced;
        }
        return subject + " is declared on " + declaring.name() + ", " + notABean(declaring, false);
    }

    /**
     * Whether the extension makes a class with its methods a bean, as it does without a bean-defining annotation:
     * ArC makes no bean of an enum or an inner class, and of a generic class only a {@code @Dependent} one. Nor does
     * the extension of a Kotlin {@code object} or {@code companion object}: ArC knows no such thing, and would
     * construct a second instance through its private constructor, which is not the object (and into whose
     * properties, static fields, it injects nothing).
     */
    static boolean canBecomeBean(ClassInfo c) {
        return !c.isInterface() && !c.isEnum() && !isInner(c) && c.typeParameters().isEmpty()
                && KotlinObjects.notABean(c) == null;
    }

    /**
     * Why a Kotlin {@code object} or {@code companion object} serves nothing, a bean or not, and what to do, for a
     * message after its name; {@code null} for any other class.
     *
     * @param served whether for a {@code @JsonRpc} method, which, moved from a companion to its class, comes under the
     *        class's {@code @JsonRpcNamespace}; a hook or an exception mapper has no JSON-RPC name to qualify
     */
    static String kotlinObject(ClassInfo c, boolean served) {
        ClassKind kind = KotlinMetadata.kind(c);
        String notABean = KotlinObjects.notABean(c, kind);
        return served && kind == ClassKind.COMPANION_OBJECT ? notABean + " (and whose @JsonRpcNamespace applies)"
                : notABean;
    }

    /**
     * The problem of a hook or an exception mapper called on a bean whose class is a Kotlin {@code object} or
     * {@code companion object}, which a bean-defining annotation made a bean: its instance is still not the object.
     * {@code null} for any other bean class.
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    static String onKotlinObject(String subject, ClassInfo beanClass) {
        String kotlinObject = kotlinObject(beanClass, false);
        return kotlinObject == null ? null : subject + " is called on " + beanClass.name() + ", " + kotlinObject;
    }

    /**
     * Why a class whose annotated methods no bean has is not a bean, and what to do, for a message after its name. A
     * concrete class the extension would make a bean (see {@link ImplicitBeans}) is none where CDI vetoes it, or ArC
     * leaves it out: a subclass would not help it.
     *
     * @param served as for {@link #kotlinObject(ClassInfo, boolean)}
     */
    static String notABean(ClassInfo c, boolean served) {
        if (c.isEnum()) {
            return "an enum, which is never a bean: declare the method on a class";
        }
        if (isInner(c)) {
            return "an inner class, which is never a bean: make it a static nested class, or a top-level one";
        }
        String kotlinObject = kotlinObject(c, served);
        if (kotlinObject != null) {
            return kotlinObject;
        }
        if (!c.typeParameters().isEmpty()) {
            return "a generic class, which is a bean only as @Dependent, and whose type variables do not say what to"
                    + " read from JSON: declare a subclass that binds them (class Bound extends "
                    + c.name().withoutPackagePrefix() + "<String>), which becomes the bean";
        }
        if (Modifier.isAbstract(c.flags())) {
            return "which is not a bean and has no bean subclass: declare it on a concrete, non-vetoed class, or give"
                    + " the abstract class a bean subclass";
        }
        if (c.hasDeclaredAnnotation(DotNames.VETOED)) {
            return "which is @Vetoed, so not a bean, and has no bean subclass: remove @Vetoed, or declare the method on"
                    + " a bean class";
        }
        return "which ArC leaves out (a @Vetoed package, or quarkus.arc.exclude-types), so it is not a bean, and has no"
                + " bean subclass: let ArC keep it, or declare the method on a bean class";
    }

    /** A class nested in another without {@code static}: an instance of it needs one of the enclosing class. */
    private static boolean isInner(ClassInfo c) {
        return c.nestingType() == ClassInfo.NestingType.INNER && !Modifier.isStatic(c.flags());
    }
}
