package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An answer goes out as one text frame up to websockets-next's frame size, and split into continuation frames beyond
 * it, as Vert.x splits a message: a client that limits the frames it accepts is never sent a larger one.
 */
public class LargeMessageFramesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CompressionTest.Texts.class, RawWebSocket.class))
            .overrideConfigKey("quarkus.websockets-next.server.max-frame-size", "1000");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anAnswerWithinAFrameIsOneFrame() throws Exception {
        try (RawWebSocket socket = RawWebSocket.connect(uri, "x-none")) {
            socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"a\",900],\"id\":1}");
            RawWebSocket.Frame frame = socket.readFrame();

            assertThat(frame.fin()).isTrue();
            assertThat(frame.opcode()).isEqualTo(1);
            assertThat(frame.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + "a".repeat(900) + "\",\"id\":1}");
        }
    }

    @Test
    void aLargerAnswerIsSplitIntoFramesOfAtMostTheConfiguredSize() throws Exception {
        try (RawWebSocket socket = RawWebSocket.connect(uri, "x-none")) {
            socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"é\",1500],\"id\":2}");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            RawWebSocket.Frame frame = socket.readFrame();
            assertThat(frame.opcode()).isEqualTo(1);
            assertThat(frame.fin()).isFalse();
            int frames = 1;
            message.write(frame.payload());
            while (!frame.fin()) {
                frame = socket.readFrame();
                assertThat(frame.opcode()).isZero();
                assertThat(frame.payload().length).isLessThanOrEqualTo(1000);
                message.write(frame.payload());
                frames++;
            }

            assertThat(frames).isGreaterThanOrEqualTo(4);
            assertThat(message.toString(StandardCharsets.UTF_8))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + "é".repeat(1500) + "\",\"id\":2}");
        }
    }
}
