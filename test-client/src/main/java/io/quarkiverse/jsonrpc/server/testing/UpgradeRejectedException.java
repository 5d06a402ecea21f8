package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** The server refused to open the WebSocket connection: it answered the upgrade request with this status. */
public class UpgradeRejectedException extends AssertionError {

    private final int statusCode;
    private final Map<String, String> headers;
    private final String body;

    /** @param headers the answer's headers, by lower-case name */
    UpgradeRejectedException(URI endpoint, int statusCode, Map<String, String> headers, String body) {
        super("The upgrade to a WebSocket connection at " + endpoint + " was answered with " + statusCode
                + (body.isEmpty() ? "" : ": " + body));
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

    /** The body of the answer; empty when it had none. */
    public String body() {
        return body;
    }
}
