package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;

/**
 * The annotated methods the extension calls ({@code @JsonRpc} methods, lifecycle hooks, exception mappers) that no
 * bean owns.
 */
final class OwningBeans {

    private OwningBeans() {
    }

    /**
     * The methods with one of these annotations that no bean has: declared on a class that is neither the class of a
     * bean nor a superclass of one, or on an interface (where {@code interfaces}, one no bean implements). A class the
     * build leaves out ({@code @IfBuildProfile}, {@code @UnlessBuildProfile}, {@code @IfBuildProperty},
     * {@code @UnlessBuildProperty}) owns its methods and those it inherits: they are off for this build, not amiss.
     *
     * @param interfaces whether a bean has the methods of the interfaces it implements, as it serves {@code @JsonRpc}
     *        ones; hooks and exception mappers are looked for on classes only
     */
    static List<MethodInfo> unowned(IndexView index, BeanDiscoveryFinishedBuildItem beanDiscovery,
            BuildExclusionsBuildItem exclusions, boolean interfaces, List<DotName> annotations) {
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
                ServedMethods.interfaces(owner, index).forEach(contract -> owners.add(contract.name()));
            }
        }
        List<MethodInfo> unowned = new ArrayList<>();
        for (DotName annotation : annotations) {
            for (AnnotationInstance instance : index.getAnnotations(annotation)) {
                if (instance.target().kind() == AnnotationTarget.Kind.METHOD
                        && !owners.contains(instance.target().asMethod().declaringClass().name())
                        && !exclusions.isExcluded(instance.target())) {
                    unowned.add(instance.target().asMethod());
                }
            }
        }
        return unowned;
    }
}
