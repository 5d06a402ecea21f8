package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The server answered an HTTP request with an error status and no JSON-RPC response: a 401 of
 * {@code auth.required}, a 413 for a body over the limit, a 415 for another content type.
 */
public class RequestRejectedException extends AssertionError {

    private final int statusCode;
    private final Map<String, String> headers;

    /** @param headers the answer's headers, by lower-case name */
    RequestRejectedException(URI endpoint, int statusCode, Map<String, String> headers) {
        super("POST " + endpoint + " answered " + statusCode);
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
    }

    /** The HTTP status of the answer, e.g. {@code 401}. */
    public int statusCode() {
        return statusCode;
    }

    /** A header of the answer, e.g. {@code WWW-Authenticate}, whatever its case; {@code null} when it had none. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
