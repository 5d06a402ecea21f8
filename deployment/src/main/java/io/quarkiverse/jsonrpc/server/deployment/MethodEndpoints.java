package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

import io.quarkiverse.jsonrpc.common.RoutePaths;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;

/**
 * Which endpoint serves a method: the {@code @JsonRpcEndpoint} nearest the bean, on its class or a superclass, else
 * on the interface that declares the method or whose method it implements; else the endpoint at the configured paths.
 * A path that cannot be an endpoint's is reported once, by {@link #problems}; its methods are still told apart from
 * the others', so that the build reports nothing more of them.
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
        AnnotationInstance endpoint = served.contract() == null ? null
                : served.contract().declaredAnnotation(DotNames.JSON_RPC_ENDPOINT);
        return endpoint == null ? null : written(endpoint);
    }

    /**
     * The route path of the {@code @JsonRpcEndpoint} of a bean's class or nearest superclass with one; {@code null}
     * for none.
     */
    static String ofBean(ClassInfo beanClass, IndexView index) {
        for (ClassInfo c = beanClass; c != null && !c.name().equals(DotNames.OBJECT); c = ClassHierarchy.superClass(c,
                index)) {
            AnnotationInstance endpoint = c.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT);
            if (endpoint != null) {
                return written(endpoint);
            }
        }
        return null;
    }

    /**
     * The paths of the {@code @JsonRpcEndpoint}s of the index, from the annotations alone: the WebSocket endpoints are
     * beans, generated before the beans' methods are known. An interface's counts where a class implements it; a path
     * that cannot be an endpoint's is left out, and so is that of a class the build leaves out ({@code @IfBuildProfile}
     * and the like), whose methods are not served: its path is not opened either. Which of them a bean has, only the
     * beans tell ({@link #ofBeans}).
     */
    static List<String> paths(IndexView index, JsonRpcServerBuildTimeConfig config, BuildExclusionsBuildItem exclusions) {
        Set<String> paths = new TreeSet<>();
        for (AnnotationInstance endpoint : annotations(index)) {
            ClassInfo on = endpoint.target().asClass();
            boolean implemented = on.isInterface()
                    ? index.getAllKnownImplementations(on.name()).stream()
                            .anyMatch(c -> !c.isInterface() && !exclusions.isExcluded(c))
                    : !exclusions.isExcluded(on);
            String path = path(endpoint, null);
            if (implemented && path != null && EndpointPaths.configuredAt(path, config) == null) {
                paths.add(path);
            }
        }
        // of two paths that differ only in the names of their path parameters, one: the routes would be one route
        Map<String, String> byRoute = new TreeMap<>();
        paths.forEach(path -> byRoute.putIfAbsent(EndpointPaths.unnamed(path), path));
        return List.copyOf(new TreeSet<>(byRoute.values()));
    }

    /**
     * Those of {@code paths} (see {@link #paths}) that a class bean has: on its class, a superclass, or an interface
     * it implements. The others' classes are no beans: alternatives that are not enabled.
     */
    static List<String> ofBeans(List<String> paths, BeanDiscoveryFinishedBuildItem beanDiscovery, IndexView index) {
        Set<String> routes = new HashSet<>();
        beanDiscovery.beanStream().classBeans().forEach(bean -> {
            ClassInfo beanClass = bean.getImplClazz();
            String ofBean = ofBean(beanClass, index);
            if (ofBean != null) {
                routes.add(EndpointPaths.unnamed(ofBean));
            }
            for (ClassInfo contract : ClassHierarchy.interfaces(beanClass, index)) {
                AnnotationInstance endpoint = contract.declaredAnnotation(DotNames.JSON_RPC_ENDPOINT);
                if (endpoint != null) {
                    routes.add(EndpointPaths.unnamed(written(endpoint)));
                }
            }
        });
        return paths.stream().filter(path -> routes.contains(EndpointPaths.unnamed(path))).toList();
    }

    /**
     * What the build refuses of the {@code @JsonRpcEndpoint}s: paths that cannot be routes', the configured ones, and
     * two that would be one route.
     */
    static List<String> problems(IndexView index, JsonRpcServerBuildTimeConfig config) {
        List<String> problems = new ArrayList<>();
        Map<String, String> byRoute = new TreeMap<>();
        for (AnnotationInstance endpoint : annotations(index)) {
            String path = path(endpoint, problems);
            if (path == null) {
                continue;
            }
            String property = EndpointPaths.configuredAt(path, config);
            if (property != null) {
                problems.add(where(endpoint) + ": " + path + " is " + property
                        + ", where the methods without @JsonRpcEndpoint are served: leave the annotation out to serve"
                        + " the class's methods there too, or give the endpoint another path");
            }
            String same = byRoute.putIfAbsent(EndpointPaths.unnamed(path), path);
            if (same != null && !same.equals(path)) {
                problems.add(where(endpoint) + ": " + path + " and " + same + " are one route, their path"
                        + " parameters named apart: name them alike to make them one endpoint, or tell the paths"
                        + " apart by a segment");
            }
        }
        return problems;
    }

    /** Sorted by class: the build is reproducible, and so are its messages. */
    private static List<AnnotationInstance> annotations(IndexView index) {
        return index.getAnnotations(DotNames.JSON_RPC_ENDPOINT).stream()
                .filter(endpoint -> endpoint.target().kind() == AnnotationTarget.Kind.CLASS)
                .sorted(Comparator.comparing(endpoint -> endpoint.target().asClass().name().toString())).toList();
    }

    /** The path as a route's; {@code null} when it cannot be one. */
    private static String path(AnnotationInstance endpoint, List<String> problems) {
        return EndpointPaths.annotated(where(endpoint), endpoint.value().asString(),
                problems == null ? new ArrayList<>() : problems);
    }

    /** The path as written, and normalized, whether or not it can be a route's: what tells endpoints apart. */
    private static String written(AnnotationInstance endpoint) {
        return RoutePaths.normalized(endpoint.value().asString());
    }

    private static String where(AnnotationInstance endpoint) {
        return "@JsonRpcEndpoint(\"" + endpoint.value().asString() + "\") of " + endpoint.target().asClass().name();
    }
}
