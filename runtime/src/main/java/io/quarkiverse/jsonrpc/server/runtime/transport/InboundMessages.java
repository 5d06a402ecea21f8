package io.quarkiverse.jsonrpc.server.runtime.transport;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;

/**
 * The text messages of one connection, taken from its Vert.x WebSocket's frames as the bytes they came in: Vert.x's
 * own text handler would decode each message to a {@code String}, which the engine, reading bytes, would encode back.
 * A message in several frames is put back together here, up to the connection's largest message, as Vert.x would;
 * a binary message is dropped (JSON-RPC travels in text messages), though one over the size closes the connection as
 * a text one does, and the control frames are Vert.x's to answer.
 * The bytes are UTF-8: {@link Utf8FrameCheck} has failed the connection on any that are not. After a message over
 * the size nothing more is taken: the connection is closing.
 * <p>
 * One per connection, for its whole life: a subclass says where the messages go, rather than two callbacks, which
 * would each be one more object per connection.
 */
abstract class InboundMessages implements Handler<WebSocketFrame> {

    private final int maxMessageSize;
    /** The frames so far of a text message in several; {@code null} between messages and in a binary one. */
    private Buffer fragments;
    /**
     * The bytes so far of a binary message, which is dropped, not kept: counted all the same, since one over the size
     * closes the connection as a text one does; {@code -1} outside a binary message.
     */
    private long binaryLength = -1;
    private boolean tooBig;

    /** @param maxMessageSize the connection's largest message, in bytes, as Vert.x was configured */
    InboundMessages(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /** A whole text message, on the event loop. */
    protected abstract void message(byte[] message);

    /** A message over the size: the connection is to be closed, with this reason. */
    protected abstract void tooBig(String reason);

    @Override
    public void handle(WebSocketFrame frame) {
        if (tooBig) {
            return;
        }
        if (frame.isText()) {
            fragments = null;
            binaryLength = -1;
            if (frame.isFinal()) {
                Buffer message = frame.binaryData();
                if (fits(message.length())) {
                    message(message.getBytes());
                }
            } else {
                append(frame);
            }
        } else if (frame.isContinuation()) {
            if (binaryLength >= 0) {
                dropBinary(frame);
            } else if (fragments != null) {
                append(frame);
                if (fragments != null && frame.isFinal()) {
                    byte[] message = fragments.getBytes();
                    fragments = null;
                    message(message);
                }
            }
        } else if (frame.isBinary()) {
            fragments = null;
            binaryLength = 0;
            dropBinary(frame);
        }
    }

    /** A frame of a binary message: counted against the size, and dropped. */
    private void dropBinary(WebSocketFrame frame) {
        binaryLength += frame.binaryData().length();
        if (binaryLength > maxMessageSize) {
            binaryLength = -1;
            overTheSize();
        } else if (frame.isFinal()) {
            binaryLength = -1;
        }
    }

    private void append(WebSocketFrame frame) {
        Buffer data = frame.binaryData();
        int length = (fragments == null ? 0 : fragments.length()) + data.length();
        if (!fits(length)) {
            fragments = null;
            return;
        }
        if (fragments == null) {
            fragments = Buffer.buffer(Math.max(2 * data.length(), 256));
        }
        fragments.appendBuffer(data);
    }

    private boolean fits(int length) {
        if (length <= maxMessageSize) {
            return true;
        }
        overTheSize();
        return false;
    }

    private void overTheSize() {
        tooBig = true;
        tooBig("Message too big: over " + maxMessageSize + " bytes");
    }
}
