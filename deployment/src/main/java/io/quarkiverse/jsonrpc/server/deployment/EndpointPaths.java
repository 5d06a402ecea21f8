package io.quarkiverse.jsonrpc.server.deployment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkiverse.jsonrpc.common.RoutePaths;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;

/**
 * The endpoints' paths as configured, made a route's path: {@code rpc} is {@code /rpc}, and {@code /rpc/} is
 * {@code /rpc}, so that a request to {@code /rpc} finds it; the same for both transports. A configured path is served
 * as written: what a route would read as a path parameter or a wildcard fails the build, as the transports would read
 * it differently (websockets-next's {@code {name}}, Vert.x's {@code :name}). The path of a {@code @JsonRpcEndpoint}
 * may name path parameters, each a whole segment, {@code /tenants/{tenant}}: written so for websockets-next, and
 * {@link #httpRoute made} {@code /tenants/:tenant} for the HTTP route.
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

    /**
     * The path of a {@code @JsonRpcEndpoint}, made a route's path as the configured ones are; {@code null} when it
     * cannot be one, and the problem is added.
     *
     * @param where the annotation and the class it is on, for the problem's message
     */
    static String annotated(String where, String value, List<String> problems) {
        String path = RoutePaths.normalized(value);
        String problem = null;
        Set<String> params = new HashSet<>();
        for (String segment : path.split("/")) {
            Matcher param = RoutePaths.PATH_PARAM.matcher(segment);
            if (param.matches()) {
                if (!params.add(param.group(1))) {
                    problem = where + ": the path parameter {" + param.group(1) + "} is named twice: give each its"
                            + " own name";
                }
            } else if (NOT_LITERAL.matcher(segment).find()) {
                problem = where + ": '" + segment + "' is neither a segment served as written nor a path parameter:"
                        + " a path parameter is a whole segment, {tenant}, and a path has no wildcards (send what"
                        + " varies in a header or in the params)";
            }
        }
        if (problem == null && path.equals("/")) {
            problem = where + ": '/' is the application's root, where its pages are: give the endpoint a path of its own";
        }
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        return path;
    }

    /** The route of an endpoint's HTTP transport: Vert.x names a path parameter {@code :tenant}. */
    static String httpRoute(String path) {
        return RoutePaths.PATH_PARAM.matcher(path).replaceAll(":$1");
    }

    /** The path with its path parameters unnamed, {@code /tenants/{}}: two paths the routes would take alike. */
    static String unnamed(String path) {
        return RoutePaths.PATH_PARAM.matcher(path).replaceAll("{}");
    }

    /** The names of the path parameters of a path, in order. */
    public static List<String> params(String path) {
        return RoutePaths.PATH_PARAM.matcher(path).results().map(param -> param.group(1)).toList();
    }

    /**
     * A URL path the endpoint serves, where its path parameters have their names for values: {@code /tenants/tenant},
     * for the Dev UI's link to the endpoint's OpenRPC document, the same for every value.
     */
    public static String example(String path) {
        return RoutePaths.PATH_PARAM.matcher(path).replaceAll("$1");
    }

    /**
     * A path as the application serves it, under {@code quarkus.http.root-path} ({@code /api/tenants/{tenant}}), its
     * path parameters as written: the root path's resolution takes no braces, and would leave an absolute path out.
     */
    public static String underRoot(HttpRootPathBuildItem rootPath, String path) {
        String root = rootPath.relativePath("/");
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /**
     * The property of the transport served at that path, with the methods without endpoint; {@code null} for none. An
     * endpoint of a {@code @JsonRpcEndpoint} must not be there: two WebSocket endpoints, or two routes, would share it.
     */
    static String configuredAt(String path, JsonRpcServerBuildTimeConfig config) {
        if (config.http().enabled() && path.equals(http(config))) {
            return "quarkus.jsonrpc-server.http.path";
        }
        if (config.websocket().enabled() && path.equals(webSocket(config))) {
            return "quarkus.jsonrpc-server.websocket.path";
        }
        return null;
    }

    private static String routePath(String property, String configured) {
        Matcher notLiteral = NOT_LITERAL.matcher(configured.trim());
        if (notLiteral.find()) {
            throw new ConfigurationException(property + "=" + configured + ": '" + notLiteral.group()
                    + "' cannot be in the path, which is served as written: the endpoint has one path, without path"
                    + " parameters or wildcards (send what varies in a header or in the params)");
        }
        return RoutePaths.normalized(configured);
    }
}
