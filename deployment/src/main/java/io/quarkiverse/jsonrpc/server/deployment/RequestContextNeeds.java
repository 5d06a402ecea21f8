package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkus.arc.deployment.InterceptorResolverBuildItem;
import io.quarkus.arc.deployment.TransformedAnnotationsBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuiltinBean;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.arc.processor.InjectionPointInfo;

/**
 * Which methods run inside a request context of their own, decided at build time as websockets-next's
 * {@code activate-request-context=auto} decides for its endpoints. Activating a context, and associating the caller's
 * identity with it, costs more than a small method itself; most methods use neither.
 * <p>
 * A method needs one when its bean is {@code @RequestScoped}, when it is intercepted (security annotations are
 * interceptor bindings, and their interceptors read the identity from the request context), or when its bean reaches
 * a {@code @RequestScoped} bean or an injected {@code JsonRpcContext} (which reads the call from the request context)
 * through its injection points, {@code Instance<>} and {@code @All List<>} included.
 * What no injection point shows, a static lookup, needs {@code activate-request-context=always}; where Hibernate is
 * present, every method gets one (see {@code JsonRpcServerProcessor#collectMethods}): its session is reached that way.
 */
final class RequestContextNeeds {

    /** What a programmatic lookup or {@code @All} injection point asks for is their type argument. */
    private static final Set<DotName> LOOKUPS = Set.of(DotNames.INSTANCE, DotNames.INJECTABLE_INSTANCE,
            DotNames.PROVIDER, DotNames.LIST);

    private final Map<DotName, List<BeanInfo>> beansByRawType;
    private final InterceptorResolverBuildItem interceptors;
    /** The annotations as ArC sees them: Quarkus security adds some ({@code deny-unannotated-members}). */
    private final TransformedAnnotationsBuildItem annotations;
    private final IndexView index;
    /** By bean id: whether the bean reaches a {@code @RequestScoped} bean. */
    private final Map<String, Boolean> reachesRequestScope = new HashMap<>();

    RequestContextNeeds(Collection<BeanInfo> beans, InterceptorResolverBuildItem interceptors,
            TransformedAnnotationsBuildItem annotations, IndexView index) {
        this.beansByRawType = indexByRawType(beans);
        this.interceptors = interceptors;
        this.annotations = annotations;
        this.index = index;
    }

    boolean of(BeanInfo bean, MethodInfo method) {
        return intercepted(bean, method)
                || reachesRequestScope.computeIfAbsent(bean.getIdentifier(), id -> reaches(bean, new HashSet<>()));
    }

    /**
     * An interceptor binding on the method, its class or the bean class (security annotations are bindings), by a
     * stereotype of the bean, or on a superclass of the bean class (one that is {@code @Inherited}; where it is not,
     * a request context the method does not need is the safe side). As transformed: Quarkus security's
     * {@code deny-unannotated-members} adds {@code @DenyAll} where no annotation is written.
     */
    private boolean intercepted(BeanInfo bean, MethodInfo method) {
        if (hasBinding(annotations.getAnnotations(method))
                || hasBinding(annotations.getAnnotations(method.declaringClass()))) {
            return true;
        }
        if (!bean.isClassBean()) {
            return false;
        }
        if (bean.getStereotypes().stream().anyMatch(stereotype -> !stereotype.getInterceptorBindings().isEmpty())) {
            return true;
        }
        for (ClassInfo c = bean.getImplClazz(); c != null; c = ClassHierarchy.superClass(c, index)) {
            if (hasBinding(annotations.getAnnotations(c))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBinding(Collection<AnnotationInstance> annotations) {
        for (AnnotationInstance annotation : annotations) {
            if (!interceptors.extractInterceptorBindings(annotation).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean reaches(BeanInfo bean, Set<String> visited) {
        if (!visited.add(bean.getIdentifier())) {
            return false;
        }
        if (BuiltinScope.REQUEST.is(bean.getScope())) {
            return true;
        }
        for (InjectionPointInfo injectionPoint : bean.getAllInjectionPoints()) {
            if (injectsContext(injectionPoint)) {
                return true;
            }
            for (BeanInfo dependency : candidates(injectionPoint)) {
                if (reaches(dependency, visited)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An injected {@code JsonRpcContext} reads the call from the request context the method runs in. */
    private static boolean injectsContext(InjectionPointInfo injectionPoint) {
        Type required = elementType(injectionPoint.getRequiredType());
        return required != null && required.name().equals(DotNames.JSON_RPC_CONTEXT);
    }

    /**
     * The beans an injection point may get, those of a programmatic lookup included. Matched by raw type, qualifiers
     * ignored: the build has not resolved injection points yet when the invokers are made, and a context activated
     * where none was needed is only a cost, never a failure.
     */
    private List<BeanInfo> candidates(InjectionPointInfo injectionPoint) {
        Type required = injectionPoint.getRequiredType();
        if (BuiltinBean.INSTANCE.matches(injectionPoint) || BuiltinBean.LIST.matches(injectionPoint)) {
            required = elementType(required);
        } else if (BuiltinBean.resolve(injectionPoint) != null) {
            return List.of();
        }
        return required == null ? List.of() : beansByRawType.getOrDefault(required.name(), List.of());
    }

    /** {@code X} of {@code Instance<X>} or {@code List<X>}; the type itself where it has no argument. */
    private static Type elementType(Type type) {
        if (type.kind() == Type.Kind.PARAMETERIZED_TYPE && (LOOKUPS.contains(type.name()))) {
            List<Type> arguments = type.asParameterizedType().arguments();
            return arguments.isEmpty() ? null : arguments.get(0);
        }
        return type;
    }

    private static Map<DotName, List<BeanInfo>> indexByRawType(Collection<BeanInfo> beans) {
        Map<DotName, List<BeanInfo>> index = new HashMap<>();
        for (BeanInfo bean : beans) {
            for (Type type : bean.getTypes()) {
                index.computeIfAbsent(type.name(), name -> new ArrayList<>()).add(bean);
            }
        }
        return index;
    }
}
