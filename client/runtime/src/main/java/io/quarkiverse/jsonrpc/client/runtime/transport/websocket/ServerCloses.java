package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.http.WebSocket;

/** How a closed connection is told: the close code and reason the server gave, and what they mean here. */
final class ServerCloses {

    private static final Logger LOG = Logger.getLogger(WebSocketClientTransport.class);

    private ServerCloses() {
    }

    /**
     * A connection that closed right after it opened, as it happened: the server closed it (an open hook turning the
     * client away, a first message over its largest), with its code and reason, or the client lost it.
     *
     * @param how how it closed, where the client closed it
     */
    static String rightAfterOpening(WebSocket ws, String how) {
        return ws.closeStatusCode() == null ? "lost the connection right after it opened: " + how
                : "the server closed the connection right after it opened" + codeAndReason(ws);
    }

    /** That the connection closed, with the close code and reason the server gave, if any. */
    static String closed(WebSocket ws, ClientSettings settings) {
        return "The WebSocket connection to " + settings.url() + " closed" + codeAndReason(ws);
    }

    /** {@code " (1009 Message too big)"}, or {@code " (1009)"} without a reason; nothing without a close code. */
    private static String codeAndReason(WebSocket ws) {
        Short code = ws.closeStatusCode();
        if (code == null) {
            return "";
        }
        String reason = ws.closeReason();
        return " (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")";
    }

    /**
     * The server closed the connection with 1009, a message of the client's over its largest, and notifications were
     * written on it that it may not have read: one of them may be the message it refused. Their callers were told they
     * were sent once written, and a notification has no answer that could say otherwise; this is the one sign of it.
     * The calls on the connection fail, saying how it closed.
     */
    static void notificationsRefused(WebSocket ws, String closed, MessagesInFlight written, ClientSettings settings) {
        Short code = ws.closeStatusCode();
        if (code == null || code != WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
            return;
        }
        int unread = written.unreadNotifications();
        if (unread == 0) {
            return;
        }
        LOG.warnf("%s: the server refused a message of the JSON-RPC client '%s' as too large, which may be one of %s"
                + " sent since the server last answered: a notification's caller is told it was sent once it is"
                + " written", closed, settings.configKey(),
                unread < 0 ? "the notifications" : unread + " notification(s)");
    }
}
