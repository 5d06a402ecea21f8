package io.quarkiverse.jsonrpc.server.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The endpoints' paths as configured, made a route's path: {@code rpc} is {@code /rpc}, and {@code /rpc/} is
 * {@code /rpc}, so that a request to {@code /rpc} finds it; the same for both transports. A path is served as written:
 * what a route would read as a path parameter or a wildcard fails the build, as the transports would read it
 * differently (websockets-next's {@code {name}}, Vert.x's {@code :name}).
 */
public final class EndpointPaths {

    private static final Pattern NOT_LITERAL = Pattern.compile("[{}:*?#\\s]");

    private EndpointPaths() {
    }

    public static String http(JsonRpcServerBuildTimeConfig config) {
        return routePath("quarkus.jsonrpc-server.http.path", config.http().path());
    }

    public static String webSocket(JsonRpcServerBuildTimeConfig config) {
        return routePath("quarkus.jsonrpc-server.websocket.path", config.websocket().path());
    }

    private static String routePath(String property, String configured) {
        String path = configured.trim();
        Matcher notLiteral = NOT_LITERAL.matcher(path);
        if (notLiteral.find()) {
            throw new ConfigurationException(property + "=" + configured + ": '" + notLiteral.group()
                    + "' cannot be in the path, which is served as written: the endpoint has one path, without path"
                    + " parameters or wildcards (send what varies in a header or in the params)");
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
