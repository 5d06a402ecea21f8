package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.hibernate.validator.spi.BeanValidationAnnotationsBuildItem;

/**
 * Binds quarkus-hibernate-validator's interceptor to the served methods that inherit their constraints where it does
 * not reach them. It binds it, at build time, to the methods with constraints and to those overriding a constrained
 * method with the same parameter types:
 * <ul>
 * <li>{@code save(Book)} of a class implementing {@code Repository<Book>} overrides {@code save(@Valid T item)} with
 * other ones, and is left without it, though Hibernate Validator, once called, validates it by the method it
 * implements: the binding goes on the method;</li>
 * <li>a default method of an interface with constraints gets the binding, but CDI takes none from an interface: it
 * goes on the class of the bean that serves it (its other methods are then intercepted too, and validated, where
 * they have constraints, as they were).</li>
 * </ul>
 * A served method is validated as if its class had declared it, as it is named and read.
 */
class InheritedConstraintsProcessor {

    @BuildStep
    void bindValidationToGenericOverrides(Optional<BeanValidationAnnotationsBuildItem> beanValidation,
            CombinedIndexBuildItem combinedIndex, BuildProducer<AnnotationsTransformerBuildItem> transformers) {
        if (beanValidation.isEmpty()) {
            // no quarkus-hibernate-validator: nothing is validated
            return;
        }
        Set<DotName> constraints = beanValidation.get().getAllAnnotations();
        IndexView index = combinedIndex.getIndex();
        Set<String> unboundMethods = new HashSet<>();
        Set<DotName> servingDefaultMethods = new HashSet<>();
        for (ClassInfo beanClass : servingClasses(index)) {
            for (ServedMethods.Served served : ServedMethods.of(beanClass, index)) {
                MethodInfo implementation = served.implementation();
                if (implementation.declaringClass().isInterface()) {
                    if (constrained(implementation, constraints)) {
                        servingDefaultMethods.add(beanClass.name());
                    }
                } else if (inheritsConstraintsThroughTypeVariables(implementation, constraints, index)) {
                    unboundMethods.add(key(implementation));
                }
            }
        }
        if (!unboundMethods.isEmpty()) {
            transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forMethods()
                    .priority(1)
                    .whenMethod(method -> unboundMethods.contains(key(method)))
                    .transform(InheritedConstraintsProcessor::bindValidation)));
        }
        if (!servingDefaultMethods.isEmpty()) {
            transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses()
                    .priority(1)
                    .whenClass(c -> servingDefaultMethods.contains(c.name()))
                    .transform(InheritedConstraintsProcessor::bindValidation)));
        }
    }

    // priority 1: after quarkus-hibernate-validator's own transformation, so that what it bound is not bound twice
    private static void bindValidation(AnnotationTransformation.TransformationContext context) {
        if (!context.hasAnnotation(DotNames.METHOD_VALIDATED)) {
            context.add(AnnotationInstance.builder(DotNames.METHOD_VALIDATED).buildWithTarget(context.declaration()));
        }
    }

    /** The classes that may serve {@code @JsonRpc} methods: those declaring one, their subclasses and implementors. */
    private static Collection<ClassInfo> servingClasses(IndexView index) {
        Set<DotName> declaring = new HashSet<>();
        Map<DotName, ClassInfo> classes = new LinkedHashMap<>();
        for (AnnotationInstance jsonRpc : index.getAnnotations(DotNames.JSON_RPC)) {
            if (jsonRpc.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            ClassInfo declarer = jsonRpc.target().asMethod().declaringClass();
            if (!declaring.add(declarer.name())) {
                continue;
            }
            if (!declarer.isInterface()) {
                classes.putIfAbsent(declarer.name(), declarer);
            }
            Collection<ClassInfo> extending = declarer.isInterface()
                    ? index.getAllKnownImplementors(declarer.name())
                    : index.getAllKnownSubclasses(declarer.name());
            for (ClassInfo c : extending) {
                if (!c.isInterface()) {
                    classes.putIfAbsent(c.name(), c);
                }
            }
        }
        return classes.values();
    }

    /**
     * Whether a method without constraints of its own overrides one with constraints whose parameter types are
     * other ones, a type variable of its class bound by the method's class: quarkus-hibernate-validator, which
     * compares the parameter types as declared, misses it.
     */
    private static boolean inheritsConstraintsThroughTypeVariables(MethodInfo method, Set<DotName> constraints,
            IndexView index) {
        if (constrained(method, constraints)) {
            return false;
        }
        String declared = MethodSignatures.overrideKey(method, TypeBindings.NONE);
        return ServedMethods.overrides(method, index, overridden -> constrained(overridden, constraints)
                && !MethodSignatures.overrideKey(overridden, TypeBindings.NONE).equals(declared));
    }

    /** As quarkus-hibernate-validator tells: a constraint or {@code @Valid} on the method, a parameter or a type in it. */
    private static boolean constrained(MethodInfo method, Set<DotName> constraints) {
        for (DotName constraint : constraints) {
            if (method.hasAnnotation(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String key(MethodInfo method) {
        return method.declaringClass().name() + "#" + MethodSignatures.overrideKey(method, TypeBindings.NONE);
    }
}
