package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.common.RoutePaths;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The {@code servers} of the OpenRPC documents, from {@code quarkus.jsonrpc-server.openrpc.servers}: the URLs at which
 * clients reach the application's root, each followed in a document by its endpoint's path, as an OpenAPI document's
 * paths follow its servers. The scheme says the transport: an {@code http} or {@code https} URL is followed by the
 * path of the endpoint's HTTP transport and named {@code http}, a {@code ws} or {@code wss} URL by its WebSocket
 * transport's and named {@code websocket}; a transport the endpoint does not have lists none. Without them, OpenRPC
 * tools take the server to be {@code localhost}.
 */
final class OpenRpcServers {

    static final String PROPERTY = "quarkus.jsonrpc-server.openrpc.servers";

    private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

    /** As configured, without a trailing slash. */
    private final List<String> roots;

    private OpenRpcServers(List<String> roots) {
        this.roots = roots;
    }

    /**
     * @throws ConfigurationException naming each URL that is not an absolute {@code http}, {@code https}, {@code ws}
     *         or {@code wss} URL without query or fragment
     */
    static OpenRpcServers of(List<String> configured) {
        List<String> roots = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String url : configured) {
            if (absolute(url.trim())) {
                roots.add(url.trim().endsWith("/") ? url.trim().substring(0, url.trim().length() - 1) : url.trim());
            } else {
                refused.add("'" + url + "'");
            }
        }
        if (!refused.isEmpty()) {
            // the meta-schema's url is a URI, which a validator checks; a tool calls the URL as written
            throw new ConfigurationException(PROPERTY + ": " + String.join(", ", refused) + (refused.size() == 1
                    ? " is not an absolute http, https, ws or wss URL"
                    : " are not absolute http, https, ws or wss URLs")
                    + ": give the URL at which clients reach the application's root, as https://api.example.com,"
                    + " without query or fragment; each document adds its endpoint's path", Set.of(PROPERTY));
        }
        return new OpenRpcServers(roots);
    }

    private static boolean absolute(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The document with its servers, if any: after its {@code info}, where the OpenRPC specification lists them.
     *
     * @param document the document as the build wrote it
     * @param at where its servers go
     * @param httpPath the path of the endpoint's HTTP transport, under the root path; {@code null} where it has none
     * @param webSocketPath the same for its WebSocket transport
     */
    String into(String document, int at, String httpPath, String webSocketPath) {
        ArrayNode servers = JsonNodeFactory.instance.arrayNode();
        for (String root : roots) {
            boolean http = root.regionMatches(true, 0, "http", 0, 4);
            String path = http ? httpPath : webSocketPath;
            if (path != null) {
                ObjectNode server = servers.addObject().put("name", http ? "http" : "websocket").put("url", root + path);
                // an endpoint's path parameter is one of OpenRPC's server variables, which take a default
                Matcher param = RoutePaths.PATH_PARAM.matcher(path);
                ObjectNode variables = null;
                while (param.find()) {
                    variables = variables == null ? server.putObject("variables") : variables;
                    variables.putObject(param.group(1)).put("default", param.group(1));
                }
            }
        }
        return servers.isEmpty() ? document
                : document.substring(0, at) + ",\"servers\":" + servers + document.substring(at);
    }
}
