package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * Text messages taken from their frames as bytes: whole in one frame or put back together from several, binary
 * messages and control frames left out, and a message over the size refused however it is split.
 */
class InboundMessagesTest {

    private final List<String> messages = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final InboundMessages inbound = new InboundMessages(10) {
        @Override
        protected void message(byte[] message) {
            messages.add(new String(message, StandardCharsets.UTF_8));
        }

        @Override
        protected void tooBig(String reason) {
            refusals.add(reason);
        }
    };

    @Test
    void aMessageInOneFrame() {
        inbound.handle(WebSocketFrame.textFrame("[1,2]", true));

        assertThat(messages).containsExactly("[1,2]");
    }

    @Test
    void aMessageInSeveralFramesIsPutBackTogether() {
        inbound.handle(WebSocketFrame.textFrame("[1,", false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("2,"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3]"), true));
        inbound.handle(WebSocketFrame.textFrame("[4]", true));

        assertThat(messages).containsExactly("[1,2,3]", "[4]");
    }

    @Test
    void multiByteCharactersSplitAcrossFramesArriveWhole() {
        byte[] text = "\"\u00e9\u00e9\"".getBytes(StandardCharsets.UTF_8);
        // the first frame ends inside the first é
        inbound.handle(new WebSocketFrameImpl(WebSocketFrameType.TEXT, Arrays.copyOfRange(text, 0, 2), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer(Arrays.copyOfRange(text, 2, text.length)), true));

        assertThat(messages).containsExactly("\"\u00e9\u00e9\"");
    }

    @Test
    void binaryMessagesAndTheirContinuationsAreLeftOut() {
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1]"), true));
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[2,"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3]"), true));
        inbound.handle(WebSocketFrame.pingFrame(Buffer.buffer("ping")));
        inbound.handle(WebSocketFrame.textFrame("[4]", true));

        assertThat(messages).containsExactly("[4]");
    }

    @Test
    void aMessageOverTheSizeInOneFrameIsRefusedAndNothingIsTakenAfterIt() {
        inbound.handle(WebSocketFrame.textFrame("[1,2,3,4]", true));
        inbound.handle(WebSocketFrame.textFrame("[1,2,3,4,5,6]", true));
        inbound.handle(WebSocketFrame.textFrame("[5]", true));

        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
        assertThat(messages).containsExactly("[1,2,3,4]");
    }

    @Test
    void aMessageOverTheSizeInSeveralFramesIsRefused() {
        inbound.handle(WebSocketFrame.textFrame("[1,2,3,", false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("4,5,6]"), true));

        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
        assertThat(messages).isEmpty();
    }

    /** The size is the largest message taken: one of exactly that many bytes is, one byte more is not. */
    @Test
    void aMessageOfTheSizeInOneFrameIsTakenAndOneByteMoreIsRefused() {
        inbound.handle(WebSocketFrame.textFrame("[1,2,3,45]", true));
        inbound.handle(WebSocketFrame.textFrame("[1,2,3,456]", true));

        assertThat(messages).containsExactly("[1,2,3,45]");
        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
    }

    @Test
    void aMessageOfTheSizeInSeveralFramesIsTakenAndOneByteMoreIsRefused() {
        inbound.handle(WebSocketFrame.textFrame("[1,2,", false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3,45]"), true));
        inbound.handle(WebSocketFrame.textFrame("[1,2,", false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3,456]"), true));

        assertThat(messages).containsExactly("[1,2,3,45]");
        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
    }

    @Test
    void aBinaryMessageOfTheSizeIsDroppedAndOneByteMoreIsRefused() {
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1,2,"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3,45]"), true));
        inbound.handle(WebSocketFrame.textFrame("[6]", true));
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1,2,"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3,456]"), true));

        assertThat(messages).containsExactly("[6]");
        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
    }

    /** A binary message is dropped, not kept, but counted: its frames over the size refuse it as a text message's do. */
    @Test
    void aBinaryMessageOverTheSizeInSeveralFramesIsRefused() {
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1,2,3,4"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer(",5]"), true));
        inbound.handle(WebSocketFrame.textFrame("[6]", true));

        assertThat(refusals).containsExactly("Message too big: over 10 bytes");
        assertThat(messages).isEmpty();
    }

    /** Each binary message is counted from its first frame: two within the size leave the connection open. */
    @Test
    void binaryMessagesWithinTheSizeAreCountedApart() {
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1,2,"), false));
        inbound.handle(WebSocketFrame.continuationFrame(Buffer.buffer("3,4]"), true));
        inbound.handle(WebSocketFrame.binaryFrame(Buffer.buffer("[1,2,3,4]"), true));
        inbound.handle(WebSocketFrame.textFrame("[5]", true));

        assertThat(refusals).isEmpty();
        assertThat(messages).containsExactly("[5]");
    }
}
