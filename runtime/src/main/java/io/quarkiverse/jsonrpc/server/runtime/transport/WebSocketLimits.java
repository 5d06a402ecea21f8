package io.quarkiverse.jsonrpc.server.runtime.transport;

import org.eclipse.microprofile.config.Config;

import io.vertx.core.http.HttpServerOptions;

/**
 * The largest frame and message of a WebSocket, as Vert.x was configured with them: websockets-next's properties
 * where set, else the HTTP server's, else Vert.x's defaults. The transport writes answers in frames of at most the
 * one and reads messages of at most the other.
 */
record WebSocketLimits(int maxFrameSize, int maxMessageSize) {

    static WebSocketLimits of(Config config) {
        return new WebSocketLimits(
                value(config, "max-frame-size", HttpServerOptions.DEFAULT_MAX_WEBSOCKET_FRAME_SIZE),
                value(config, "max-message-size", HttpServerOptions.DEFAULT_MAX_WEBSOCKET_MESSAGE_SIZE));
    }

    // websockets-next sets its own on the server's options after the HTTP server has set its own
    private static int value(Config config, String property, int vertxDefault) {
        return config.getOptionalValue("quarkus.websockets-next.server." + property, Integer.class)
                .or(() -> config.getOptionalValue("quarkus.http.websocket-server." + property, Integer.class))
                .orElse(vertxDefault);
    }
}
