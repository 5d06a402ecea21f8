package io.quarkiverse.jsonrpc.common;

import java.util.regex.Pattern;

/**
 * A path as a route serves it: {@code /rpc} for {@code rpc}, {@code rpc/} or {@code /rpc}. The same wherever a path
 * is read: the server's routes, built from the configured paths and those of {@code @JsonRpcEndpoint}, the path its
 * metrics give a call, and the path a client adds to a server's URL.
 */
public final class RoutePaths {

    /**
     * A path parameter of an endpoint's path, {@code {tenant}}, its name the first group: what the build checks and
     * makes routes of, and what the OpenRPC document's servers give as variables.
     */
    public static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

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
