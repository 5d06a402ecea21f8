package io.quarkiverse.jsonrpc.server.runtime.transport;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.websockets.next.runtime.config.WebSocketsServerRuntimeConfig;
import io.vertx.core.http.HttpServerOptions;

/**
 * Per-frame deflate ({@code deflate-frame}, {@code x-webkit-deflate-frame}: the draft that came before RFC 7692)
 * follows {@code quarkus.websockets-next.server.per-message-compression-supported}, which the extension turns off by
 * default. Vert.x accepts per-frame deflate unless told otherwise, and websockets-next has no property for it: a
 * client that offers it (Netty's client compression handler offers it after permessage-deflate; so did Safari) would
 * still pay for compressing every small message. With both kinds off, Vert.x also leaves the extension handler out of
 * every HTTP connection's pipeline.
 * <p>
 * It runs before the application's customizers (the highest priority goes first), so that one of them can still turn
 * per-frame deflate on.
 */
@Singleton
@Priority(Integer.MAX_VALUE)
public class FrameCompressionPolicy implements HttpServerOptionsCustomizer {

    private final boolean compression;

    @Inject
    FrameCompressionPolicy(WebSocketsServerRuntimeConfig config) {
        this.compression = config.perMessageCompressionSupported();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setPerFrameWebSocketCompressionSupported(compression);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        options.setPerFrameWebSocketCompressionSupported(compression);
    }
}
