package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;

/**
 * Security annotations written where they would not apply, which would leave a method open to every caller: Quarkus
 * security checks a method by the annotations of the method that runs and of the class that declares it, as CDI binds
 * interceptors. So a restricting annotation
 * <ul>
 * <li>on the bean class does not reach a {@code @JsonRpc} method the class inherits from a superclass that has none, or
 * from an interface (a default method);</li>
 * <li>on a {@code @JsonRpc} method (of a superclass or an interface) does not reach the method that overrides it;</li>
 * <li>on a superclass or an interface does not reach the bean's method that overrides or implements one of its
 * {@code @JsonRpc} methods;</li>
 * <li>on an interface's default method, or on its interface, reaches nothing: Quarkus checks bean classes' methods.</li>
 * </ul>
 * Each is a build error that says where to put the annotation: the guides promise that the annotations are enforced
 * for every call, and a check that silently does nothing is worse than none.
 */
final class UnappliedSecurity {

    /** The annotations that restrict who may call; {@code @PermitAll} restricts nothing, and is left out. */
    private static final Set<DotName> RESTRICTING = Set.of(DotNames.ROLES_ALLOWED, DotNames.DENY_ALL,
            DotNames.AUTHENTICATED, DotNames.PERMISSIONS_ALLOWED, DotNames.PERMISSIONS_ALLOWED_LIST);

    private UnappliedSecurity() {
    }

    static void check(ClassInfo beanClass, ServedMethods.Served served, IndexView index, List<String> problems) {
        MethodInfo runs = served.implementation();
        ClassInfo runsIn = runs.declaringClass();
        if (runsIn.isInterface()) {
            AnnotationTarget unapplied = restricted(runs) ? runs : restricted(runsIn) ? runsIn : null;
            if (unapplied != null) {
                problems.add("Method " + MethodSignatures.describe(runs) + " is a default method, whose "
                        + names(unapplied) + (unapplied == runs ? "" : " of interface " + runsIn.name())
                        + " Quarkus security does not apply: it checks the methods of bean classes. Override the"
                        + " method in " + beanClass.name() + " with the annotation, or with it on the class");
                return;
            }
        }
        // an annotation of its own, @PermitAll too, is the application's say on the method that runs
        if (checked(runs) || checked(runsIn)) {
            return;
        }
        MethodInfo declaration = served.declaration();
        if (declaration != runs && restricted(declaration)) {
            problems.add("Method " + MethodSignatures.describe(runs) + " overrides "
                    + MethodSignatures.describe(declaration) + ", whose " + names(declaration) + " Quarkus security"
                    + " does not apply to an override (CDI takes a method's interceptor bindings from the method that"
                    + " runs): repeat " + names(declaration) + " on " + MethodSignatures.describe(runs)
                    + ", or put it on its class");
            return;
        }
        ClassInfo declaredIn = declaration.declaringClass();
        if (declaration != runs && !declaredIn.name().equals(runsIn.name()) && restricted(declaredIn)) {
            problems.add("Method " + MethodSignatures.describe(runs)
                    + (declaredIn.isInterface() ? " implements " : " overrides ")
                    + MethodSignatures.describe(declaration) + ", but the " + names(declaredIn) + " of "
                    + declaredIn.name() + " does not apply to it: Quarkus security applies a class's annotations to the"
                    + " methods the class declares. Repeat it on " + MethodSignatures.describe(runs) + ", or on "
                    + runsIn.name());
            return;
        }
        for (ClassInfo c = beanClass; c != null && !c.name().equals(runsIn.name()); c = ClassHierarchy.superClass(c,
                index)) {
            if (restricted(c)) {
                problems.add("Method " + MethodSignatures.describe(runs) + " is served by bean " + beanClass.name()
                        + ", but the " + names(c) + " of " + c.name() + " does not apply to it: Quarkus security"
                        + " applies a class's annotations to the methods the class declares, not to those it inherits."
                        + (runsIn.isInterface() ? " Override the method in " + c.name()
                                : " Put the annotation on the method, or on " + runsIn.name()
                                        + ", or override the method in " + c.name()));
                return;
            }
        }
    }

    private static boolean restricted(AnnotationTarget target) {
        return target.declaredAnnotations().stream().anyMatch(annotation -> RESTRICTING.contains(annotation.name()));
    }

    private static boolean checked(AnnotationTarget target) {
        return restricted(target) || target.hasDeclaredAnnotation(DotNames.PERMIT_ALL);
    }

    private static String names(AnnotationTarget target) {
        return target.declaredAnnotations().stream().filter(annotation -> RESTRICTING.contains(annotation.name()))
                .map(annotation -> "@" + annotation.name().withoutPackagePrefix().replace('$', '.'))
                .collect(Collectors.joining(", "));
    }
}
