package io.quarkiverse.jsonrpc.server.runtime.transport;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.common.logging.TrafficPayload;
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

    /** -1 for whole messages. */
    private final int payloadLimit;

    private TrafficLog(int payloadLimit) {
        this.payloadLimit = payloadLimit;
    }

    /** {@code null} where traffic logging is off: then a message costs its transport a null check and no more. */
    static TrafficLog of(JsonRpcServerConfig config) {
        JsonRpcServerConfig.TrafficLogging logging = config.trafficLogging();
        return logging.enabled() ? new TrafficLog(logging.payloadLimit()) : null;
    }

    void received(WebSocketConnection connection, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[websocket %s] received: %s", connection.id(), TrafficPayload.of(message, payloadLimit));
        }
    }

    void sent(WebSocketConnection connection, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[websocket %s] sent: %s", connection.id(), TrafficPayload.of(message, payloadLimit));
        }
    }

    void received(HttpServerRequest request, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[http %s] received: %s", request.remoteAddress(), TrafficPayload.of(message, payloadLimit));
        }
    }

    /** @param message the body, empty for none (a {@code 204} to notifications) */
    void sent(HttpServerRequest request, int status, byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("[http %s] sent %d: %s", request.remoteAddress(), status, TrafficPayload.of(message, payloadLimit));
        }
    }
}
