package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The URL a client calls the methods of a {@code @JsonRpcEndpoint} at. A server's URL without a path, {@code
 * http://host:8080}, is given the endpoint's path, as a REST client's URL is given its interface's {@code @Path}; a URL
 * with a path is the endpoint's already, as jsonrpc4j's clients take it, and is called as written.
 */
final class EndpointUrls {

    private static final Logger LOG = Logger.getLogger(EndpointUrls.class);

    private EndpointUrls() {
    }

    /**
     * @param url the URL configured, or given to the builder
     * @param endpoint the path of the endpoint, as a route serves it; {@code null} for the configured paths
     * @param client the client, named for messages: {@code 'admin' (org.acme.Admin)}
     * @param property where the URL was set, for messages
     */
    static URI resolve(URI url, String endpoint, String client, String property) {
        if (endpoint == null) {
            return url;
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.isEmpty() || path.equals("/")) {
            if (endpoint.contains("{")) {
                throw new ConfigurationException("The JSON-RPC client " + client + " calls the methods of"
                        + " @JsonRpcEndpoint(\"" + endpoint + "\") at " + url + ", which names no path: set "
                        + property + " to the endpoint's URL, a value in place of each path parameter: "
                        + withPath(url, "", property) + endpoint, Set.of(property));
            }
            return withPath(url, endpoint, property);
        }
        if (!endsWith(path, endpoint)) {
            LOG.warnf("The JSON-RPC client %s calls the methods of @JsonRpcEndpoint(\"%s\") at %s, whose path is not"
                    + " the endpoint's: a server serves the endpoint's methods at its path alone, unless a proxy maps"
                    + " it. Set %s to the endpoint's URL, or to the server's alone (%s), which the client gives the"
                    + " endpoint's path", client, endpoint, url, property, withPath(url, "", property));
        }
        return url;
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
