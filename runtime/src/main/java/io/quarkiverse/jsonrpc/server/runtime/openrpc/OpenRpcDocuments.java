package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.util.Map;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;

/**
 * The OpenRPC documents of the application's methods, one for each endpoint, generated at build time: the result of
 * {@code rpc.discover} at the endpoint and the body of {@code GET <path>/openrpc.json}. A synthetic bean.
 *
 * @param configured the document of the methods at the configured paths, as JSON
 * @param endpoints the documents of the {@code @JsonRpcEndpoint}s' methods, by path
 */
public record OpenRpcDocuments(String configured, Map<String, String> endpoints) {

    public OpenRpcDocuments {
        endpoints = Map.copyOf(endpoints);
    }

    /**
     * The document of an endpoint's methods.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured paths
     */
    public String json(String endpoint) {
        return endpoint == null ? configured : endpoints.get(endpoint);
    }

    /** Where {@code GET} finds the document: {@code openrpc.json} under the endpoint's HTTP path. */
    public static String path(String httpPath) {
        return (httpPath.endsWith("/") ? httpPath.substring(0, httpPath.length() - 1) : httpPath) + "/openrpc.json";
    }

    /** Whether the documents are served: {@code quarkus.jsonrpc-server.openrpc.enabled}, on by default. */
    public static boolean served(JsonRpcServerConfig config) {
        return config.openRpc().enabled();
    }
}
