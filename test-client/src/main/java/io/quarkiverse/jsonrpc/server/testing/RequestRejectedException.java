package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The server answered an HTTP request with an error status and no JSON-RPC response: a 401 of
 * {@code auth.required}, a 413 for a body over the limit, a 415 for another content type, a 404 of another path.
 */
public class RequestRejectedException extends AssertionError {

    private final int statusCode;
    private final Map<String, String> headers;
    private final String body;

    /** @param headers the answer's headers, by lower-case name */
    RequestRejectedException(URI endpoint, int statusCode, Map<String, String> headers, String body) {
        super("POST " + endpoint + " answered " + statusCode + (body.isEmpty() ? "" : ": " + body));
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    /** The HTTP status of the answer, e.g. {@code 401}. */
    public int statusCode() {
        return statusCode;
    }

    /** A header of the answer, e.g. {@code WWW-Authenticate}, whatever its case; {@code null} when it had none. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body of the answer, such as the line of text of a 415; empty when it had none. */
    public String body() {
        return body;
    }
}
