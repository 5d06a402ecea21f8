package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.Map;

/**
 * The server answered an HTTP request with an error status and no JSON-RPC response: a 401 of
 * {@code auth.required}, a 413 for a body over the limit, a 415 for another content type, a 404 of another path.
 */
public class RequestRejectedException extends HttpRejectedException {

    /** @param headers the answer's headers, by lower-case name */
    RequestRejectedException(URI endpoint, int statusCode, Map<String, String> headers, String body) {
        super("POST " + endpoint + " answered", statusCode, headers, body);
    }
}
