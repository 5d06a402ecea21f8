package io.quarkiverse.jsonrpc.client.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;

import io.quarkiverse.jsonrpc.common.RoutePaths;

/**
 * The endpoint whose methods a client interface calls, read as the server reads it: the {@code @JsonRpcEndpoint} of
 * the interface that declares each method, else the client interface's own. A client has one URL, so its methods are
 * all at one endpoint, or all at the server's configured paths.
 */
final class ClientEndpoints {

    private ClientEndpoints() {
    }

    /**
     * @return the endpoint's path, as a route serves it; {@code null} for the configured paths, and where the methods
     *         are at two, which is added to the problems
     */
    static String of(ClassInfo clientInterface, List<AbstractMethod> methods, List<String> problems) {
        AnnotationInstance own = clientInterface.declaredAnnotation(ClientDotNames.JSON_RPC_ENDPOINT);
        // by endpoint (null: the configured paths), the first method found there
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (AbstractMethod method : methods) {
            ClassInfo declaring = method.declaration().declaringClass();
            AnnotationInstance endpoint = declaring.declaredAnnotation(ClientDotNames.JSON_RPC_ENDPOINT);
            endpoints.putIfAbsent(path(endpoint != null ? endpoint : own),
                    declaring.simpleName() + "." + method.declaration().name());
        }
        if (endpoints.size() > 1) {
            StringBuilder where = new StringBuilder();
            endpoints.forEach((path, method) -> where.append(where.isEmpty() ? "" : " and ")
                    .append(path == null ? "the configured paths" : path).append(" (").append(method).append(")"));
            problems.add("JSON-RPC client interface " + clientInterface.name() + " calls methods at " + where
                    + ", which a server serves at different URLs: a client has one URL, so declare a client"
                    + " interface for each endpoint");
            return null;
        }
        return endpoints.isEmpty() ? path(own) : endpoints.keySet().iterator().next();
    }

    private static String path(AnnotationInstance endpoint) {
        return endpoint == null ? null : RoutePaths.normalized(endpoint.value().asString());
    }
}
