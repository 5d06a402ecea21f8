package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.Arrays;

import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * Writes the client's messages as text frames of 64K at most, the largest frame a Vert.x server (Quarkus's among
 * them) takes by default: one frame longer closes the connection with 1009, even under the server's largest message.
 * Vert.x would split a message at the client's own largest frame, which is its largest message (the
 * {@code max-message-size}), since a server may send a message in one frame.
 * <p>
 * No frame of another message may come between a message's frames (RFC 6455, section 5.4), and Vert.x queues a frame
 * written from a thread other than the event loop, or while frames wait, as a task of its own: every message of the
 * connection is handed to Vert.x under the connection's lock, its frames together.
 */
final class TextFrames {

    static final int FRAME_SIZE = HttpServerOptions.DEFAULT_MAX_WEBSOCKET_FRAME_SIZE;

    private TextFrames() {
    }

    /** @return the outcome of the message's last frame */
    static Future<Void> write(WebSocket ws, byte[] message) {
        synchronized (ws) {
            if (message.length <= FRAME_SIZE) {
                return ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, message, true));
            }
            Future<Void> last = ws.writeFrame(
                    new WebSocketFrameImpl(WebSocketFrameType.TEXT, Arrays.copyOf(message, FRAME_SIZE), false));
            for (int from = FRAME_SIZE; from < message.length; from += FRAME_SIZE) {
                int length = Math.min(FRAME_SIZE, message.length - from);
                last = ws.writeFrame(WebSocketFrame.continuationFrame(
                        Buffer.buffer(Unpooled.wrappedBuffer(message, from, length)), from + length == message.length));
            }
            return last;
        }
    }
}
