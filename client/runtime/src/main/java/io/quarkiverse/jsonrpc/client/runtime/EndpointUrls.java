package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The URL a client calls the methods of a {@code @JsonRpcEndpoint} at. A server's URL without a path, {@code
 * http://host:8080}, is given the endpoint's path, its path parameters' values in place, as a REST client's URL is given
 * its interface's {@code @Path}; a URL with a path is the endpoint's already, as jsonrpc4j's clients take it, and is
 * called as written.
 */
final class EndpointUrls {

    private static final Logger LOG = Logger.getLogger(EndpointUrls.class);
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^/}]+)}");

    private EndpointUrls() {
    }

    /**
     * @param url the URL configured, or given to the builder
     * @param endpoint the path of the endpoint, as a route serves it; {@code null} for the configured paths
     * @param pathParams the values of its path parameters, for a URL without a path
     * @param client the client, named for messages: {@code 'admin' (org.acme.Admin)}
     * @param property where the URL was set, for messages
     * @param pathParamsProperty where the values of the path parameters are set, for messages
     */
    static URI resolve(URI url, String endpoint, Map<String, String> pathParams, String client, String property,
            String pathParamsProperty) {
        if (endpoint == null) {
            return url;
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.isEmpty() || path.equals("/")) {
            return withPath(url, filled(endpoint, pathParams, url, client, property, pathParamsProperty), property);
        }
        if (!endsWith(path, endpoint)) {
            String root = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            LOG.warnf("The JSON-RPC client %s calls the methods of @JsonRpcEndpoint(\"%s\") at %s, whose path is not"
                    + " the endpoint's: a server serves the endpoint's methods at its path alone, under its root path"
                    + " if it has one, unless a proxy maps it. Set %s to the endpoint's URL (%s, where %s is the"
                    + " server's root path), or to the server's alone where it has none (%s), which the client gives"
                    + " the endpoint's path", client, endpoint, url, property, withPath(url, root + endpoint, property),
                    root, withPath(url, "", property));
        }
        return url;
    }

    /** The endpoint's path, each path parameter's value in place of its name, as one segment. */
    private static String filled(String endpoint, Map<String, String> pathParams, URI url, String client,
            String property, String pathParamsProperty) {
        Matcher param = PATH_PARAM.matcher(endpoint);
        StringBuilder path = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (param.find()) {
            String value = pathParams.get(param.group(1));
            if (value == null) {
                missing.add(param.group());
                value = "";
            }
            param.appendReplacement(path,
                    Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        param.appendTail(path);
        if (!missing.isEmpty()) {
            throw new ConfigurationException("The JSON-RPC client " + client + " calls the methods of"
                    + " @JsonRpcEndpoint(\"" + endpoint + "\") at " + url + ", which names no path, and has no value"
                    + " for " + String.join(", ", missing) + ": set " + pathParamsProperty + " for each, or set "
                    + property + " to the endpoint's URL, a value in place of each path parameter: "
                    + withPath(url, "", property) + endpoint, Set.of(property));
        }
        return path.toString();
    }

    /** Whether the path's last segments are the endpoint's, each of its path parameters any segment. */
    private static boolean endsWith(String path, String endpoint) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        String[] expected = endpoint.split("/");
        if (segments.length < expected.length) {
            return false;
        }
        int offset = segments.length - expected.length;
        for (int i = 1; i < expected.length; i++) {
            String segment = segments[offset + i];
            if (expected[i].startsWith("{") ? segment.isEmpty() : !expected[i].equals(segment)) {
                return false;
            }
        }
        return true;
    }

    /** The URL with that path; the server's route path has none of the characters a URL must quote. */
    private static URI withPath(URI url, String path, String property) {
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        try {
            return new URI(url.getScheme() + "://" + url.getRawAuthority() + path + query);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(property + " is '" + url + "', which cannot take the path '" + path
                    + "': " + e.getMessage(), Set.of(property));
        }
    }
}
