package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;

/** The server refused to open the WebSocket connection: it answered the upgrade request with this status. */
public class UpgradeRejectedException extends AssertionError {

    private final int statusCode;
    private final String body;

    UpgradeRejectedException(URI endpoint, int statusCode, String body) {
        super("The upgrade to a WebSocket connection at " + endpoint + " was answered with " + statusCode
                + (body.isEmpty() ? "" : ": " + body));
        this.statusCode = statusCode;
        this.body = body;
    }

    /** The HTTP status of the answer, e.g. {@code 401}, {@code 403} or {@code 404}. */
    public int statusCode() {
        return statusCode;
    }

    /** The body of the answer; empty when it had none. */
    public String body() {
        return body;
    }
}
