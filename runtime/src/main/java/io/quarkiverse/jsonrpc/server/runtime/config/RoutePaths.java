package io.quarkiverse.jsonrpc.server.runtime.config;

/**
 * A path as a route serves it, the same at build time, where the routes are made, and at run time, where metrics name
 * the path a call came to: {@code /rpc} for {@code rpc}, {@code rpc/} or {@code /rpc}.
 */
public final class RoutePaths {

    private RoutePaths() {
    }

    /** The path of the HTTP transport's methods without {@code @JsonRpcEndpoint}. */
    public static String http(JsonRpcServerBuildTimeConfig config) {
        return normalized(config.http().path());
    }

    /** The path of the WebSocket transport's methods without {@code @JsonRpcEndpoint}. */
    public static String webSocket(JsonRpcServerBuildTimeConfig config) {
        return normalized(config.websocket().path());
    }

    public static String normalized(String path) {
        String normalized = path.trim();
        if (!normalized.startsWith("/")) {
            normalized = "/" + normalized;
        }
        while (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized;
    }
}
