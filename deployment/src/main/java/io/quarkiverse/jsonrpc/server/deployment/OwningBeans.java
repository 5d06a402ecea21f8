package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.AmbiguousResolutionException;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;
import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.arc.deployment.TransformedAnnotationsBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BeanResolver;

/**
 * The beans that own the annotated methods the extension calls ({@code @JsonRpc} methods, lifecycle hooks, exception
 * mappers), and the annotated methods no bean owns.
 */
final class OwningBeans {

    private static final Logger LOG = Logger.getLogger(OwningBeans.class);

    private OwningBeans() {
    }

    /**
     * The class beans whose methods run, sorted by class: all but those that injection passes over for another, as a
     * bean an enabled alternative extends ({@code @io.quarkus.test.Mock} is one) or a {@code @DefaultBean} a subclass
     * replaces. ArC picks the bean as it resolves an injection point of the bean's class and qualifiers, matching them
     * as it does ({@code @Nonbinding} members, {@code @Typed}); the bean itself is one of the candidates even where
     * {@code @Typed} leaves its class out of its types.
     */
    static List<BeanInfo> of(BeanDiscoveryFinishedBuildItem beanDiscovery) {
        BeanResolver resolver = beanDiscovery.getBeanResolver();
        // the resolver's own lookup by type is built later, in the validation phase: the beans with a type of the
        // class's name are those it could match
        Map<DotName, List<BeanInfo>> byType = new HashMap<>();
        for (BeanInfo bean : beanDiscovery.beanStream().classBeans()) {
            bean.getTypes().forEach(type -> byType.computeIfAbsent(type.name(), name -> new ArrayList<>()).add(bean));
        }
        List<BeanInfo> owning = new ArrayList<>();
        for (BeanInfo bean : beanDiscovery.beanStream().classBeans()) {
            Type required = ClassType.create(bean.getImplClazz().name());
            Set<BeanInfo> candidates = new HashSet<>();
            candidates.add(bean);
            for (BeanInfo candidate : byType.getOrDefault(bean.getImplClazz().name(), List.of())) {
                if (resolver.matches(candidate, required, bean.getQualifiers())) {
                    candidates.add(candidate);
                }
            }
            BeanInfo injected = candidates.size() < 2 ? bean : winner(resolver, candidates);
            if (injected == null || injected == bean) {
                owning.add(bean);
            }
        }
        owning.sort(Comparator.comparing(bean -> bean.getImplClazz().name()));
        return owning;
    }

    /** The bean ArC injects of several, {@code null} where it injects none: a conflict, for the caller to report. */
    static BeanInfo winner(BeanResolver resolver, Set<BeanInfo> beans) {
        try {
            return resolver.resolveAmbiguity(beans);
        } catch (AmbiguousResolutionException e) {
            // no alternative, no default bean tells them apart
            return null;
        }
    }

    /**
     * The methods with one of these annotations that no bean has: declared on a class that is neither the class of a
     * bean nor a superclass of one, or on an interface (where {@code interfaces}, one no bean implements). A class the
     * build leaves out ({@code @IfBuildProfile}, {@code @UnlessBuildProfile}, {@code @IfBuildProperty},
     * {@code @UnlessBuildProperty}) owns its methods and those it inherits: they are off for this build, not amiss. So
     * does an alternative that is not enabled, which ArC passes over as it does the others (see
     * {@link #disabledAlternative}); that one is logged at DEBUG, as ArC logs it.
     *
     * @param annotations the annotations of the classes as ArC sees them, its transformers' work included
     *
     * @param interfaces whether a bean has the methods of the interfaces it implements, as it serves {@code @JsonRpc}
     *        ones; hooks and exception mappers are looked for on classes only
     */
    static List<MethodInfo> unowned(IndexView index, BeanDiscoveryFinishedBuildItem beanDiscovery,
            BuildExclusionsBuildItem exclusions, TransformedAnnotationsBuildItem transformed, boolean interfaces,
            List<DotName> annotations) {
        Set<DotName> owners = new HashSet<>();
        List<ClassInfo> classes = new ArrayList<>();
        beanDiscovery.beanStream().classBeans().forEach(bean -> classes.add(bean.getImplClazz()));
        for (String excluded : exclusions.getExcludedDeclaringClasses()) {
            ClassInfo c = index.getClassByName(excluded);
            if (c != null) {
                classes.add(c);
            }
        }
        for (ClassInfo owner : classes) {
            for (ClassInfo c = owner; c != null; c = ClassHierarchy.superClass(c, index)) {
                owners.add(c.name());
            }
            if (interfaces) {
                ClassHierarchy.interfaces(owner, index).forEach(contract -> owners.add(contract.name()));
            }
        }
        List<MethodInfo> unowned = new ArrayList<>();
        for (DotName annotation : annotations) {
            for (AnnotationInstance instance : index.getAnnotations(annotation)) {
                if (instance.target().kind() != AnnotationTarget.Kind.METHOD
                        || owners.contains(instance.target().asMethod().declaringClass().name())
                        || exclusions.isExcluded(instance.target())) {
                    continue;
                }
                MethodInfo method = instance.target().asMethod();
                ClassInfo alternative = disabledAlternative(method.declaringClass(), interfaces, index, transformed);
                if (alternative == null) {
                    unowned.add(method);
                } else {
                    LOG.debugf("@%s method %s is not run: %s is an @Alternative that is not enabled, which is no bean"
                            + " (enable it with @Priority or quarkus.arc.selected-alternatives)",
                            annotation.withoutPackagePrefix(), MethodSignatures.describe(method), alternative.name());
                }
            }
        }
        return unowned;
    }

    /**
     * The alternative that is not enabled, if any, that has the methods of a class no bean has: the class itself, a
     * subclass, or (where {@code interfaces}) a class that implements it. A class declared {@code @Alternative}, or
     * with a stereotype that is one, is a bean only where enabled, by {@code @Priority} or
     * {@code quarkus.arc.selected-alternatives}; one that could be a bean otherwise (concrete, not {@code @Vetoed}, see
     * {@link BeanMethods#canBecomeBean}) and is none is therefore not enabled. Its annotations are read as ArC reads
     * them, after the annotation transformers, which may make a class an alternative or veto it.
     */
    private static ClassInfo disabledAlternative(ClassInfo declaring, boolean interfaces, IndexView index,
            TransformedAnnotationsBuildItem transformed) {
        List<ClassInfo> candidates = new ArrayList<>();
        if (declaring.isInterface()) {
            if (interfaces) {
                candidates.addAll(index.getAllKnownImplementations(declaring.name()));
            }
        } else {
            candidates.add(declaring);
            candidates.addAll(index.getAllKnownSubclasses(declaring.name()));
        }
        return candidates.stream()
                .filter(c -> BeanMethods.canBecomeBean(c) && !Modifier.isAbstract(c.flags())
                        && !transformed.hasAnnotation(c, DotNames.VETOED)
                        && transformed.getAnnotations(c).stream()
                                .anyMatch(a -> isAlternative(a.name(), index, transformed, new HashSet<>())))
                .min(Comparator.comparing(ClassInfo::name))
                .orElse(null);
    }

    /** Whether an annotation makes a class an alternative: {@code @Alternative}, or a stereotype that has it. */
    private static boolean isAlternative(DotName annotation, IndexView index,
            TransformedAnnotationsBuildItem transformed, Set<DotName> seen) {
        if (annotation.equals(DotNames.ALTERNATIVE)) {
            return true;
        }
        ClassInfo stereotype = index.getClassByName(annotation);
        return stereotype != null && seen.add(annotation) && transformed.hasAnnotation(stereotype, DotNames.STEREOTYPE)
                && transformed.getAnnotations(stereotype).stream()
                        .anyMatch(a -> isAlternative(a.name(), index, transformed, seen));
    }

    /**
     * Why the methods of a class a producer method or field makes a bean of do not run, and what to do, for a message
     * after the class's name; {@code null} where no producer makes one. ArC invokers call the methods of class beans
     * only.
     */
    static String produced(ClassInfo c, BeanDiscoveryFinishedBuildItem beanDiscovery) {
        return beanDiscovery.beanStream().producers().stream()
                .filter(bean -> bean.getTypes().stream().anyMatch(type -> type.name().equals(c.name())))
                .map(bean -> bean.isProducerMethod() ? MethodSignatures.describe(bean.getTarget().get().asMethod())
                        : bean.getTarget().get().asField().declaringClass().name() + "#"
                                + bean.getTarget().get().asField().name())
                .sorted().findFirst()
                .map(producer -> "whose bean " + producer + " produces: the methods of a produced bean do not run,"
                        + " only those of a bean class; make " + c.name() + " a bean class (not @Vetoed, with an"
                        + " @Inject constructor for what the producer gives it), and remove the producer")
                .orElse(null);
    }
}
