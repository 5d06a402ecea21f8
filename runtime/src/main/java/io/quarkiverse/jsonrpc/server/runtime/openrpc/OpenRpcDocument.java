package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;

/**
 * The OpenRPC document of the application's methods, generated at build time: the result of {@code rpc.discover} and
 * the body of {@code GET <http path>/openrpc.json}. A synthetic bean.
 *
 * @param json the document, as JSON
 */
public record OpenRpcDocument(String json) {

    /** Where {@code GET} finds the document: {@code openrpc.json} under the HTTP endpoint's path. */
    public static String path(String httpPath) {
        return (httpPath.endsWith("/") ? httpPath.substring(0, httpPath.length() - 1) : httpPath) + "/openrpc.json";
    }

    /** Whether the document is served: {@code quarkus.jsonrpc-server.openrpc.enabled}, on by default. */
    public static boolean served(JsonRpcServerConfig config) {
        return config.openRpc().enabled();
    }
}
