package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The check of text frames in the connection's pipeline: ASCII messages in one frame pass on the short way, and every
 * other frame still gets Netty's validation, a message that is not UTF-8 failing the connection with 1007.
 */
class Utf8FrameCheckTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new Utf8FrameCheck.Validator());

    @Test
    void asciiIsTellingAnyByteWithItsHighBitSetAtAnyPlace() {
        for (int length = 0; length <= 20; length++) {
            byte[] bytes = new byte[length];
            Arrays.fill(bytes, (byte) 'a');
            assertThat(Utf8FrameCheck.Validator.ascii(Unpooled.wrappedBuffer(bytes))).isTrue();
            for (int at = 0; at < length; at++) {
                byte[] notAscii = bytes.clone();
                notAscii[at] = (byte) 0x80;
                assertThat(Utf8FrameCheck.Validator.ascii(Unpooled.wrappedBuffer(notAscii)))
                        .as("length %d, high bit at %d", length, at).isFalse();
            }
        }
    }

    @Test
    void asciiReadsOnlyTheReadableBytes() {
        ByteBuf bytes = Unpooled.wrappedBuffer(new byte[] { (byte) 0xc3, 'a', 'b', (byte) 0xc3 });
        assertThat(Utf8FrameCheck.Validator.ascii(bytes.slice(1, 2))).isTrue();
    }

    @Test
    void textMessagesThatAreUtf8PassWhole() {
        assertPasses(new TextWebSocketFrame("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}"));
        assertPasses(new TextWebSocketFrame("{\"params\":[\"é🔑\"]}"));
    }

    @Test
    void aTextMessageThatIsNotUtf8FailsTheConnectionWith1007() {
        channel.writeInbound(text(true, 'a', (byte) 0xc3, (byte) 0x28));

        assertThat((Object) channel.readInbound()).isNull();
        assertFailedWith1007();
    }

    /**
     * The frames decoded after the one that failed the connection, from the same read as Netty's decoder fires them,
     * are dropped: none reaches Vert.x, to start a call on a connection that is closing.
     */
    @Test
    void theFramesAfterAViolationAreDropped() {
        TextWebSocketFrame after = new TextWebSocketFrame("{\"jsonrpc\":\"2.0\",\"method\":\"count\"}");
        channel.writeInbound(text(true, 'a', (byte) 0xc3, (byte) 0x28), after,
                new TextWebSocketFrame("{\"params\":[\"é\"]}"));

        assertThat((Object) channel.readInbound()).isNull();
        assertThat(after.refCnt()).isZero();
        assertFailedWith1007();
    }

    @Test
    void anAsciiLastFrameStillFinishesTheCheckOfItsMessage() {
        // the first frame ends inside a character which the last, all ASCII, does not complete
        channel.writeInbound(text(false, 'a', (byte) 0xc3));
        channel.writeInbound(new ContinuationWebSocketFrame(true, 0, Unpooled.wrappedBuffer(new byte[] { 'b' })));

        assertFailedWith1007();
    }

    @Test
    void anAsciiMessageAfterAMessageInFramesIsCheckedAfresh() {
        assertPasses(text(false, 'a', (byte) 0xc3));
        assertPasses(new ContinuationWebSocketFrame(true, 0, Unpooled.wrappedBuffer(new byte[] { (byte) 0xa9 })));
        assertPasses(new TextWebSocketFrame("[1,2]"));
    }

    private void assertPasses(WebSocketFrame frame) {
        String content = frame.content().toString(StandardCharsets.UTF_8);
        channel.writeInbound(frame);
        WebSocketFrame passed = channel.readInbound();
        assertThat(passed.content().toString(StandardCharsets.UTF_8)).isEqualTo(content);
        passed.release();
        assertThat(channel.isOpen()).isTrue();
    }

    private void assertFailedWith1007() {
        CloseWebSocketFrame close = channel.readOutbound();
        assertThat(close.statusCode()).isEqualTo(1007);
        assertThat(close.reasonText()).isEqualTo("bytes are not UTF-8");
        close.release();
        assertThat(channel.isOpen()).isFalse();
    }

    private static TextWebSocketFrame text(boolean last, int... bytes) {
        byte[] content = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            content[i] = (byte) bytes[i];
        }
        return new TextWebSocketFrame(last, 0, Unpooled.wrappedBuffer(content));
    }
}
