package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * The messages the transports receive and send, logged at DEBUG under {@value #CATEGORY} where
 * {@code quarkus.jsonrpc-server.traffic-logging.enabled} is on. A line names the transport and whose the message is,
 * the WebSocket connection by its id or the HTTP client by its address, then the message, cut at the configured
 * length. The extension reads and writes its WebSocket's messages itself, so websockets-next's own traffic logging
 * never sees them.
 */
final class TrafficLog {

    static final String CATEGORY = "io.quarkiverse.jsonrpc.server.traffic";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    /**
     * The most bytes a character takes in UTF-8: what is decoded of a message to be cut is at most this many times the limit.
     */
    private static final int MAX_BYTES_PER_CHAR = 4;

    /** -1 for whole messages. */
    private final int payloadLimit;

    TrafficLog(int payloadLimit) {
        this.payloadLimit = payloadLimit;
    }

    /** {@code null} where traffic logging is off: then a message costs its transport a null check and no more. */
    static TrafficLog of(JsonRpcServerConfig config) {
        JsonRpcServerConfig.TrafficLogging logging = config.trafficLogging();
        return logging.enabled() ? new TrafficLog(logging.payloadLimit()) : null;
    }

    void received(WebSocketConnection connection, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[websocket %s] received: %s", connection.id(), payload(message));
        }
    }

    void sent(WebSocketConnection connection, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[websocket %s] sent: %s", connection.id(), payload(message));
        }
    }

    void received(HttpServerRequest request, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[http %s] received: %s", request.remoteAddress(), payload(message));
        }
    }

    /** @param message the body, empty for none (a {@code 204} to notifications) */
    void sent(HttpServerRequest request, int status, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[http %s] sent %d: %s", request.remoteAddress(), status, payload(message));
        }
    }

    /** The message as logged: decoded, and cut at the limit. */
    String payload(byte[] message) {
        if (message.length == 0) {
            return "(empty)";
        }
        if (payloadLimit < 0) {
            return new String(message, StandardCharsets.UTF_8);
        }
        // only what can be shown is decoded: a message may be megabytes long
        int decoded = (int) Math.min(message.length, (long) MAX_BYTES_PER_CHAR * payloadLimit);
        String text = new String(message, 0, decoded, StandardCharsets.UTF_8);
        if (decoded == message.length && text.length() <= payloadLimit) {
            return text;
        }
        int end = Math.min(payloadLimit, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            // not half a character
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
