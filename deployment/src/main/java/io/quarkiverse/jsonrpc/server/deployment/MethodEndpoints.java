package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

/**
 * Which endpoint serves a method: the {@code @JsonRpcEndpoint} nearest the bean, on its class or a superclass, else
 * on the interface that declares the method; else the endpoint at the configured paths.
 */
final class MethodEndpoints {

    private MethodEndpoints() {
    }

    /**
     * The route path of the method's {@code @JsonRpcEndpoint}; {@code null} for the configured paths, or for a path
     * that cannot be a route's, whose problem is added.
     */
    static String of(ServedMethods.Served served, ClassInfo beanClass, IndexView index, List<String> problems) {
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = BeanMethods.superClass(c,
                index)) {
            AnnotationInstance endpoint = c.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT);
            if (endpoint != null) {
                return path(endpoint, c, problems);
            }
        }
        ClassInfo declaring = served.declaration().declaringClass();
        AnnotationInstance endpoint = declaring.isInterface() ? declaring.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT)
                : null;
        return endpoint == null ? null : path(endpoint, declaring, problems);
    }

    /**
     * The paths of the {@code @JsonRpcEndpoint}s of the index, from the annotations alone: the WebSocket endpoints are
     * beans, generated before the beans' methods are known. An interface's counts where a class implements it; a path
     * that cannot be a route's is left out, and reported with the methods.
     */
    static List<String> paths(IndexView index) {
        Set<String> paths = new TreeSet<>();
        for (AnnotationInstance endpoint : index.getAnnotations(DotNames.JSON_RPC_ENDPOINT)) {
            if (endpoint.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo on = endpoint.target().asClass();
            if (on.isInterface() && index.getAllKnownImplementations(on.name()).stream().allMatch(ClassInfo::isInterface)) {
                continue;
            }
            String path = path(endpoint, on, new ArrayList<>());
            if (path != null) {
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    private static String path(AnnotationInstance endpoint, ClassInfo on, List<String> problems) {
        String value = endpoint.value().asString();
        return EndpointPaths.annotated("@JsonRpcEndpoint(\"" + value + "\") of " + on.name(), value, problems);
    }
}
