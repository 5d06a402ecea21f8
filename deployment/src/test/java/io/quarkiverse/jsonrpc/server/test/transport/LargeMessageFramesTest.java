package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.ReceivedMessage;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An answer goes out as one text frame up to websockets-next's frame size, and split into continuation frames beyond
 * it, as Vert.x splits a message: a client that limits the frames it accepts is never sent a larger one. The frames of
 * one message go out together, whatever thread finished its call.
 */
public class LargeMessageFramesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.Texts.class, FragmentedAnswers.class))
            .overrideConfigKey("quarkus.websockets-next.server.max-frame-size", "1000");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anAnswerWithinAFrameIsOneFrame() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"a\",900],\"id\":1}");
            ReceivedMessage answer = connection.nextMessage();

            assertThat(answer.frameSizes()).hasSize(1);
            assertThat(answer.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + "a".repeat(900) + "\",\"id\":1}");
        }
    }

    @Test
    void aLargerAnswerIsSplitIntoFramesOfAtMostTheConfiguredSize() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"é\",1500],\"id\":2}");
            ReceivedMessage answer = connection.nextMessage();

            assertThat(answer.frameSizes()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(size -> assertThat(size)
                    .isLessThanOrEqualTo(1000));
            assertThat(answer.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + "é".repeat(1500) + "\",\"id\":2}");
        }
    }

    @Test
    void answersOfSeveralFramesFinishedAtOnceDoNotInterleave() {
        FragmentedAnswers.doNotInterleave(uri);
    }
}
