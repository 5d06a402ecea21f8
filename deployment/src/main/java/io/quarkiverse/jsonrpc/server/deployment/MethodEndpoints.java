package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;

/**
 * Which endpoint serves a method: the {@code @JsonRpcEndpoint} nearest the bean, on its class or a superclass, else
 * on the interface that declares the method; else the endpoint at the configured paths. A path that cannot be an
 * endpoint's is reported once, by {@link #problems}, and counts as none.
 */
final class MethodEndpoints {

    private MethodEndpoints() {
    }

    /** The route path of the method's {@code @JsonRpcEndpoint}; {@code null} for the configured paths. */
    static String of(ServedMethods.Served served, ClassInfo beanClass, IndexView index) {
        String ofBean = ofBean(beanClass, index);
        if (ofBean != null) {
            return ofBean;
        }
        ClassInfo declaring = served.declaration().declaringClass();
        return declaring.isInterface() ? path(declaring.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT), null) : null;
    }

    /**
     * The route path of the {@code @JsonRpcEndpoint} of a bean's class or nearest superclass with one; {@code null}
     * for none.
     */
    static String ofBean(ClassInfo beanClass, IndexView index) {
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = BeanMethods.superClass(c,
                index)) {
            AnnotationInstance endpoint = c.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT);
            if (endpoint != null) {
                return path(endpoint, null);
            }
        }
        return null;
    }

    /**
     * The paths of the {@code @JsonRpcEndpoint}s of the index, from the annotations alone: the WebSocket endpoints are
     * beans, generated before the beans' methods are known. An interface's counts where a class implements it; a path
     * that cannot be an endpoint's is left out.
     */
    static List<String> paths(IndexView index, JsonRpcServerBuildTimeConfig config) {
        Set<String> paths = new TreeSet<>();
        for (AnnotationInstance endpoint : annotations(index)) {
            ClassInfo on = endpoint.target().asClass();
            boolean implemented = !on.isInterface()
                    || !index.getAllKnownImplementations(on.name()).stream().allMatch(ClassInfo::isInterface);
            String path = path(endpoint, null);
            if (implemented && path != null && EndpointPaths.configuredAt(path, config) == null) {
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    /** What the build refuses of the {@code @JsonRpcEndpoint}s: paths that cannot be routes', the configured ones. */
    static List<String> problems(IndexView index, JsonRpcServerBuildTimeConfig config) {
        List<String> problems = new ArrayList<>();
        for (AnnotationInstance endpoint : annotations(index)) {
            String path = path(endpoint, problems);
            String property = path == null ? null : EndpointPaths.configuredAt(path, config);
            if (property != null) {
                problems.add(where(endpoint) + ": " + path + " is " + property
                        + ", where the methods without @JsonRpcEndpoint are served: leave the annotation out to serve"
                        + " the class's methods there too, or give the endpoint another path");
            }
        }
        return problems;
    }

    private static List<AnnotationInstance> annotations(IndexView index) {
        return index.getAnnotations(DotNames.JSON_RPC_ENDPOINT).stream()
                .filter(endpoint -> endpoint.target().kind() == AnnotationTarget.Kind.CLASS).toList();
    }

    /** @param problems where a path that cannot be an endpoint's is reported; {@code null} to leave it unsaid */
    private static String path(AnnotationInstance endpoint, List<String> problems) {
        if (endpoint == null) {
            return null;
        }
        return EndpointPaths.annotated(where(endpoint), endpoint.value().asString(),
                problems == null ? new ArrayList<>() : problems);
    }

    private static String where(AnnotationInstance endpoint) {
        return "@JsonRpcEndpoint(\"" + endpoint.value().asString() + "\") of " + endpoint.target().asClass().name();
    }
}
