package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.http.WebSocket;

/**
 * What a WebSocket client that stays connected for notifications logs of an outage, under the transport's category:
 * the first failure at WARN (a wrong password or URL would otherwise go unnoticed) with what the client does next, the
 * next ones at DEBUG, and the connection once it comes back. Nobody else hears of a connection opened in the
 * background failing.
 */
final class OutageLog {

    private static final Logger LOG = Logger.getLogger(WebSocketClientTransport.class);

    private final ClientSettings settings;

    OutageLog(ClientSettings settings) {
        this.settings = settings;
    }

    /** An attempt to connect failed; {@code first} of an outage. */
    void attemptFailed(boolean first, String failure) {
        if (first) {
            LOG.warnf("The JSON-RPC client '%s' cannot connect to %s to receive notifications: %s. %s",
                    settings.configKey(), settings.url(), failure, tryingAgain());
        } else {
            LOG.debugf("Reconnecting to %s failed: %s", settings.url(), failure);
        }
    }

    /** The connection closed before it worked, the first failure of an outage: said as it happened. */
    void closedEarly(WebSocket ws, String how) {
        LOG.warnf("The JSON-RPC client '%s' connected to %s to receive notifications, and %s. %s",
                settings.configKey(), settings.url(), ServerCloses.rightAfterOpening(ws, how), tryingAgain());
    }

    /** Without reconnection, a drop leaves what waits for notifications without any until the next call. */
    void unheard(String how) {
        LOG.warnf("%s: the JSON-RPC client '%s' receives no notifications until its next call connects"
                + " (reconnect.enabled=false)", how, settings.configKey());
    }

    /** The connection is back after an outage. */
    void connected() {
        LOG.infof("The JSON-RPC client '%s' is connected to %s", settings.configKey(), settings.url());
    }

    /** What the client does after a failed attempt: without reconnection, its next call connects. */
    private String tryingAgain() {
        return settings.reconnect().enabled()
                ? "It keeps trying, at most every " + ClientSettings.text(settings.reconnect().maxDelay())
                        + " (reconnect.max-delay)"
                : "It does not try again by itself (reconnect.enabled=false): the client's next call connects";
    }
}
