package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;

/**
 * The endpoints' paths as configured, made a route's path: {@code rpc} is {@code /rpc}, and {@code /rpc/} is
 * {@code /rpc}, so that a request to {@code /rpc} finds it; the same for both transports.
 */
public final class EndpointPaths {

    private EndpointPaths() {
    }

    public static String http(JsonRpcServerBuildTimeConfig config) {
        return routePath(config.http().path());
    }

    public static String webSocket(JsonRpcServerBuildTimeConfig config) {
        return routePath(config.websocket().path());
    }

    private static String routePath(String configured) {
        String path = configured.trim();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
