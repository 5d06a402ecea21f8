package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.Map;

/** The server refused to open the WebSocket connection: it answered the upgrade request with this status. */
public class UpgradeRejectedException extends HttpRejectedException {

    /** @param headers the answer's headers, by lower-case name */
    UpgradeRejectedException(URI endpoint, int statusCode, Map<String, String> headers, String body) {
        super("The upgrade to a WebSocket connection at " + endpoint + " was answered with", statusCode, headers, body);
    }
}
