package io.quarkiverse.jsonrpc.server.runtime.transport;

import org.jboss.logging.Logger;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Fails a JSON-RPC WebSocket connection on a text frame that is not UTF-8, with close code 1007, as RFC 6455 (section
 * 8.1) requires. Vert.x decodes text frames leniently, each malformed sequence becoming U+FFFD, before websockets-next
 * hands the text to the endpoint: the bytes must be checked before that, in the connection's Netty pipeline. Netty's
 * validator does it; Vert.x does not install it, so the upgrade check ({@link JsonRpcUpgradeCheck}) does, for an
 * upgrade it permits, while the connection is still the upgrade request.
 */
final class Utf8FrameCheck {

    private static final Logger LOG = Logger.getLogger(Utf8FrameCheck.class);
    private static final String NAME = "jsonrpcUtf8FrameValidator";
    /** Vert.x's own handler, last in the pipeline: the validator goes right before it, after any decompression. */
    private static final String VERTX_HANDLER = "handler";

    private Utf8FrameCheck() {
    }

    /** Puts the validator in the pipeline of the connection this upgrade request came on. */
    static void install(HttpServerRequest upgrade) {
        // an HTTP/1.1 connection of Vert.x's: the only kind that upgrades to a WebSocket
        if (upgrade.connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channelHandlerContext().pipeline();
            if (pipeline.get(NAME) == null && pipeline.get(VERTX_HANDLER) != null) {
                pipeline.addBefore(VERTX_HANDLER, NAME, new Validator());
            }
        }
    }

    /**
     * Netty's validator, and what fails the connection on a protocol violation: this validator's own (1007) and the
     * frame decoder's, which pass here too, a frame over {@code max-frame-size} above all (1009). Vert.x configures the
     * decoder not to close on them, and leaves the connection open when the exception reaches it: the client would wait
     * for an answer that never comes.
     * <p>
     * The close frame, with the violation's code and message as its reason, is written from here, and the channel is
     * closed from here too, towards the network: closed from the pipeline's tail, the close would pass through
     * Vert.x's handler, which sends a close frame of its own (1000). A browser fails a connection on a frame after the
     * close frame ("Close received after close") and reports 1006, not why the server closed it.
     */
    static final class Validator extends Utf8FrameValidator {

        /** The high bit of each of eight bytes: set in every byte of a UTF-8 sequence, and in no ASCII byte. */
        private static final long NOT_ASCII = 0x8080808080808080L;

        /**
         * Set once a violation has failed the connection: the frames that follow, decoded from the same read or sent
         * before the client answers the close, are dropped here, so that none of them starts a call.
         */
        private boolean failed;

        Validator() {
            // the violation reaches exceptionCaught below, which closes the connection as it does the decoder's
            super(false);
        }

        /**
         * A whole message in one frame and all ASCII, as a JSON-RPC message usually is, is UTF-8: it goes on without
         * Netty's validator, which decodes it byte by byte. The validator keeps no state between such messages: the
         * frame decoder has refused a text frame inside a message in several frames, and a message's last frame
         * resets it. Any other frame is Netty's to check.
         */
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (failed) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof TextWebSocketFrame frame && frame.isFinalFragment() && ascii(frame.content())) {
                ctx.fireChannelRead(msg);
            } else {
                super.channelRead(ctx, msg);
            }
        }

        static boolean ascii(ByteBuf bytes) {
            int index = bytes.readerIndex();
            int end = bytes.writerIndex();
            long any = 0;
            for (; index + Long.BYTES <= end; index += Long.BYTES) {
                any |= bytes.getLong(index);
            }
            for (; index < end; index++) {
                // sign-extended: a byte with its high bit set sets it in the long too
                any |= bytes.getByte(index);
            }
            return (any & NOT_ASCII) == 0;
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
            if (!(cause instanceof CorruptedWebSocketFrameException violation)) {
                super.exceptionCaught(ctx, cause);
                return;
            }
            failed = true;
            WebSocketCloseStatus status = violation.closeStatus() == null ? WebSocketCloseStatus.PROTOCOL_ERROR
                    : violation.closeStatus();
            LOG.debugf("WebSocket connection from %s closed with %d: %s", ctx.channel().remoteAddress(),
                    status.code(), cause.getMessage());
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(new CloseWebSocketFrame(status.code(), CloseReasons.fit(cause.getMessage())))
                        .addListener(written -> ctx.close());
            }
        }
    }
}
