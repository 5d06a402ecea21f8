package io.quarkiverse.jsonrpc.server.runtime.transport;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkiverse.jsonrpc.server.runtime.security.WebSocketUpgradeCheck;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Fails a JSON-RPC WebSocket connection on a text frame that is not UTF-8, with close code 1007, as RFC 6455 (section
 * 8.1) requires. Vert.x decodes text frames leniently, each malformed sequence becoming U+FFFD, before websockets-next
 * hands the text to the endpoint: the bytes must be checked before that, in the connection's Netty pipeline. Netty's
 * validator does it; Vert.x does not install it, so this check does, while the connection is still the upgrade
 * request. It never refuses an upgrade.
 */
@Singleton
public class Utf8FrameCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(Utf8FrameCheck.class);
    private static final String NAME = "jsonrpcUtf8FrameValidator";
    /** Vert.x's own handler, last in the pipeline: the validator goes right before it, after any decompression. */
    private static final String VERTX_HANDLER = "handler";

    @Override
    public boolean appliesTo(String endpointId) {
        return WebSocketUpgradeCheck.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        // an HTTP/1.1 connection of Vert.x's: the only kind that upgrades to a WebSocket
        if (context.httpRequest().connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channelHandlerContext().pipeline();
            if (pipeline.get(NAME) == null && pipeline.get(VERTX_HANDLER) != null) {
                pipeline.addBefore(VERTX_HANDLER, NAME, new Validator());
            }
        }
        return CheckResult.permitUpgrade();
    }

    /**
     * Netty's validator: it sends the close frame (1007) and closes the connection; the failure is the client's.
     * <p>
     * The frame decoder's own protocol violations pass here too, a frame over {@code max-frame-size} above all. Vert.x
     * configures the decoder not to close on them, and leaves the connection open when the exception reaches it: the
     * client would wait for an answer that never comes. So the connection is closed here, with the decoder's close
     * code (1009 for a frame too big) and its message as the reason, as a message too big is.
     */
    private static final class Validator extends Utf8FrameValidator {

        /** Whether the violation being handled is this validator's: it has closed the connection already. */
        private boolean ownViolation;

        Validator() {
            super(true);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            try {
                super.channelRead(ctx, msg);
            } catch (CorruptedWebSocketFrameException e) {
                ownViolation = true;
                throw e;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
            if (!(cause instanceof CorruptedWebSocketFrameException violation)) {
                super.exceptionCaught(ctx, cause);
                return;
            }
            if (ownViolation) {
                LOG.debugf("WebSocket connection from %s closed with 1007: %s", ctx.channel().remoteAddress(),
                        cause.getMessage());
                return;
            }
            WebSocketCloseStatus status = violation.closeStatus() == null ? WebSocketCloseStatus.PROTOCOL_ERROR
                    : violation.closeStatus();
            LOG.debugf("WebSocket connection from %s closed with %d: %s", ctx.channel().remoteAddress(),
                    status.code(), cause.getMessage());
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(new CloseWebSocketFrame(status.code(), reason(cause.getMessage())))
                        .addListener(ChannelFutureListener.CLOSE);
            }
        }

        /** A close frame's reason holds at most 123 bytes. */
        private static String reason(String message) {
            return message == null ? "" : message.length() > 100 ? message.substring(0, 100) : message;
        }
    }
}
