package io.quarkiverse.jsonrpc.server.runtime.transport;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionFilter;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionFilterProvider;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionUtil;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtension;
import io.netty.handler.codec.http.websocketx.extensions.compression.DeflateFrameServerExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Where the application turns compression on, the messages a JSON-RPC connection sends under
 * {@code quarkus.jsonrpc-server.websocket.compression-threshold} go out uncompressed. Vert.x compresses every message
 * of a connection that agreed to deflate, and has no size threshold; Netty's encoders take a filter of the frames to
 * skip, which Vert.x does not give them. So, for an upgrade the check permits, a handler goes into its pipeline ahead
 * of Vert.x's extension handler (nearer the network): it sees the handshake's response go out with the extensions
 * agreed, and once it has, replaces the encoder Vert.x's handler has just added with one of the same parameters and
 * the threshold as its filter. Nothing has been sent through the encoder yet: the connection opens after that.
 * <p>
 * A bean for the compression level: Vert.x's server options, as the last of their customizers leaves them, are where
 * websockets-next's property and the application's own customizers put it.
 */
@Singleton
@Priority(Integer.MIN_VALUE)
public class CompressionThreshold implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(CompressionThreshold.class);
    private static final String NAME = "jsonrpcCompressionThreshold";
    /** Vert.x's handler that agrees to the extensions of an upgrade, in every HTTP connection's pipeline. */
    private static final String EXTENSION_HANDLER = "webSocketExtensionHandler";
    /** RFC 7692's largest window, which Vert.x prefers for the client's. */
    private static final int MAX_WINDOW_BITS = 15;

    private final SmallMessages smallMessages;
    /**
     * The handler of each server, shared by its connections (it keeps nothing of one); {@code null} where the server
     * agrees to no deflate, or the threshold is 0.
     */
    private volatile Handler http;
    private volatile Handler https;

    CompressionThreshold(JsonRpcServerConfig config) {
        long threshold = config.websocket().compressionThreshold().asLongValue();
        this.smallMessages = threshold == 0 ? null : new SmallMessages((int) Math.min(Integer.MAX_VALUE, threshold));
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        http = handler(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        https = handler(options);
    }

    private Handler handler(HttpServerOptions options) {
        boolean compression = options.getPerMessageWebSocketCompressionSupported()
                || options.getPerFrameWebSocketCompressionSupported();
        return compression && smallMessages != null ? new Handler(options.getWebSocketCompressionLevel(), smallMessages)
                : null;
    }

    /** Puts the handler in the pipeline of the connection this upgrade request came on, where compression is on. */
    void install(HttpServerRequest upgrade) {
        // compression off, the default: no handler to install, and the pipeline is not searched for TLS (isSsl() does)
        if (http == null && https == null || !(upgrade.connection() instanceof ConnectionBase connection)) {
            return;
        }
        // the server the connection came to, by its own TLS: behind a proxy that ends TLS, the request's scheme, from
        // the forwarded headers, says https on a connection of the HTTP server
        Handler handler = connection.isSsl() ? https : http;
        if (handler == null) {
            return;
        }
        ChannelPipeline pipeline = connection.channelHandlerContext().pipeline();
        if (pipeline.get(NAME) == null && pipeline.get(EXTENSION_HANDLER) != null) {
            pipeline.addBefore(EXTENSION_HANDLER, NAME, handler);
        }
    }

    /** The frames an encoder leaves uncompressed: a whole message in one frame under the threshold. */
    record SmallMessages(int threshold) implements WebSocketExtensionFilterProvider, WebSocketExtensionFilter {

        @Override
        public boolean mustSkip(WebSocketFrame frame) {
            // a continuation goes as the message's first frame went: compressed, since that one was not skipped
            return frame.isFinalFragment() && !(frame instanceof ContinuationWebSocketFrame)
                    && frame.content().readableBytes() < threshold;
        }

        @Override
        public WebSocketExtensionFilter encoderFilter() {
            return this;
        }

        @Override
        public WebSocketExtensionFilter decoderFilter() {
            return WebSocketExtensionFilter.NEVER_SKIP;
        }
    }

    /**
     * Waits for the handshake's response, replaces the encoder once it is out, and leaves the pipeline. Keeps nothing
     * of a connection: one serves every connection of a server.
     */
    @ChannelHandler.Sharable
    static final class Handler extends ChannelOutboundHandlerAdapter {

        private final int level;
        private final SmallMessages filter;

        Handler(int level, SmallMessages filter) {
            this.level = level;
            this.filter = filter;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response) {
                ctx.pipeline().remove(this);
                String agreed = response.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS);
                if (HttpResponseStatus.SWITCHING_PROTOCOLS.equals(response.status()) && agreed != null) {
                    ChannelPipeline pipeline = ctx.pipeline();
                    // after the listener of Vert.x's handler, which added the encoders: it was added first
                    promise.addListener(written -> {
                        if (written.isSuccess()) {
                            replaceEncoders(pipeline, agreed);
                        }
                    });
                }
            }
            ctx.write(msg, promise);
        }

        private void replaceEncoders(ChannelPipeline pipeline, String agreed) {
            for (WebSocketExtensionData extension : WebSocketExtensionUtil.extractExtensions(agreed)) {
                WebSocketServerExtension withThreshold = withThreshold(extension);
                if (withThreshold == null) {
                    continue;
                }
                WebSocketExtensionEncoder encoder = withThreshold.newExtensionEncoder();
                // Netty names an extension's encoder after its class
                String name = encoder.getClass().getName();
                if (pipeline.get(name) != null) {
                    pipeline.replace(name, name, encoder);
                } else {
                    LOG.debugf("No %s in the pipeline of %s: its messages are compressed whatever their size", name,
                            pipeline.channel());
                }
            }
        }

        /**
         * The extension agreed, with the threshold. The response's parameters are those the server agreed to, so a
         * handshaker that allows them all makes the same extension of them: the window and context takeover of the
         * server's side, which are the encoder's, are the ones the client was told.
         */
        private WebSocketServerExtension withThreshold(WebSocketExtensionData agreed) {
            return switch (agreed.name()) {
                case "permessage-deflate" -> new PerMessageDeflateServerExtensionHandshaker(level,
                        ZlibCodecFactory.isSupportingWindowSizeAndMemLevel(), MAX_WINDOW_BITS, true, false, filter)
                        .handshakeExtension(agreed);
                case "deflate-frame", "x-webkit-deflate-frame" -> new DeflateFrameServerExtensionHandshaker(level, filter)
                        .handshakeExtension(agreed);
                default -> null;
            };
        }
    }
}
