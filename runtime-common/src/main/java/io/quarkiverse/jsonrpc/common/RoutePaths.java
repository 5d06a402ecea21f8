package io.quarkiverse.jsonrpc.common;

/**
 * A path as a route serves it: {@code /rpc} for {@code rpc}, {@code rpc/} or {@code /rpc}. The same wherever a path
 * is read: the server's routes, built from the configured paths and those of {@code @JsonRpcEndpoint}, the path its
 * metrics give a call, and the path a client adds to a server's URL.
 */
public final class RoutePaths {

    private RoutePaths() {
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
