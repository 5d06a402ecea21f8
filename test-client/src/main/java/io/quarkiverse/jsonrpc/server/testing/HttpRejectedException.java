package io.quarkiverse.jsonrpc.server.testing;

import java.util.Locale;
import java.util.Map;

/**
 * The server answered with an HTTP error status instead of JSON-RPC: a request over HTTP
 * ({@link RequestRejectedException}) or the upgrade to a WebSocket connection ({@link UpgradeRejectedException}).
 */
public abstract class HttpRejectedException extends AssertionError {

    private final int statusCode;
    private final Map<String, String> headers;
    private final String body;

    /** @param headers the answer's headers, by lower-case name */
    HttpRejectedException(String message, int statusCode, Map<String, String> headers, String body) {
        super(message + " " + statusCode + (body.isEmpty() ? "" : ": " + body));
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    /** The HTTP status of the answer, e.g. {@code 401}, {@code 403} or {@code 404}. */
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
