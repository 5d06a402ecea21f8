package io.quarkiverse.jsonrpc.server.deployment;

/**
 * The HTTP endpoint's path as configured, made a route's path: {@code rpc} is {@code /rpc}, as websockets-next takes
 * {@code ws} for {@code /ws}, and {@code /rpc/} is {@code /rpc}, so that a {@code POST /rpc} finds it.
 */
public final class EndpointPaths {

    private EndpointPaths() {
    }

    public static String http(JsonRpcServerBuildTimeConfig config) {
        String path = config.http().path().trim();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
