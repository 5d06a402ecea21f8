package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.function.BiConsumer;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.http.WebSocket;

/**
 * What a client's connection reports to its exception handler. A message from the server larger than the client's
 * {@code max-message-size} closes the connection with 1009 (Message Too Big), and fails the calls waiting on it with a
 * message naming the property. Netty and Vert.x report it there only: a frame past the limit is Netty's decoder's,
 * which closes the connection without a reason the calls could give; a message of several frames past it is Vert.x's,
 * which drops the message and leaves the connection open, the call it answered waiting until it times out. Anything
 * else is logged, at DEBUG: what ends the connection comes to its close handler.
 */
final class ConnectionFailures {

    private static final Logger LOG = Logger.getLogger(WebSocketClientTransport.class);

    private ConnectionFailures() {
    }

    /** @param dropped what the transport does with a connection that ended, and how it ended */
    static void handle(WebSocket ws, Throwable failure, ClientSettings settings,
            BiConsumer<WebSocket, String> dropped) {
        if (!tooLarge(failure)) {
            LOG.debugf(failure, "WebSocket connection to %s failed", settings.url());
            return;
        }
        dropped.accept(ws, "The WebSocket connection to " + settings.url() + " closed (a message from the server was"
                + " larger than " + settings.webSocketOptions().maxMessageSize() + " bytes, the max-message-size)");
        ws.close((short) WebSocketCloseStatus.MESSAGE_TOO_BIG.code(), "Message too big");
    }

    private static boolean tooLarge(Throwable failure) {
        if (failure instanceof CorruptedWebSocketFrameException corrupted) {
            return corrupted.closeStatus() != null
                    && corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code();
        }
        // Vert.x's own words, its only sign: "... to overflow max message size of <n>"
        return failure instanceof IllegalStateException && failure.getMessage() != null
                && failure.getMessage().contains("max message size");
    }
}
