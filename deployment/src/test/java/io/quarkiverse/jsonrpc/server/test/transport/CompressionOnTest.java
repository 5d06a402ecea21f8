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
 * An application that wants compression for its large results turns it on with websockets-next's own property; per-frame
 * deflate, for the clients that offer only that, comes with it. The messages under the threshold (1 KiB by default) go
 * out uncompressed all the same.
 */
public class CompressionOnTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.class,
                    TransportDefaultsTest.Texts.class))
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void largeResultGoesOutCompressed() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offeringDeflate(uri)) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).startsWith("permessage-deflate");

            String answer = connection.call(repeat(2000, 1));

            assertThat(answer).isEqualTo(answer(2000, 1));
            assertThat(connection.bytesReceived()).as("bytes on the wire").isLessThan(answer(2000, 1).length() / 10);
        }
    }

    /**
     * Small and large answers in turn on one connection, whose compression keeps its context from one message to the
     * next: the uncompressed messages between the compressed ones leave that context as it was, so every one of them
     * reads back whole.
     */
    @Test
    void smallAnswersGoOutUncompressed() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offeringDeflate(uri)) {
            assertSmallAndLargeInTurn(connection, 6);
        }
    }

    /**
     * Asks for a small answer and a large one in turn, {@code answers} in all, and asserts that each is read back whole
     * and came compressed exactly when it is large.
     */
    static void assertSmallAndLargeInTurn(WebSocketTestConnection connection, int answers) {
        for (int id = 1; id <= answers; id++) {
            int times = id % 2 == 1 ? 3 : 2000;
            connection.send(repeat(times, id));

            ReceivedMessage message = connection.nextMessage();

            assertThat(message.text()).isEqualTo(answer(times, id));
            assertThat(message.compressed()).as("answer %d, %d bytes, compressed", id, message.text().length())
                    .isEqualTo(times == 2000);
        }
    }

    /** Per-frame deflate leaves the small messages uncompressed too. */
    @Test
    void perFrameDeflateIsAgreedToo() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offering(uri, "x-webkit-deflate-frame")) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isEqualTo("x-webkit-deflate-frame");

            connection.send(repeat(3, 1));
            ReceivedMessage message = connection.nextMessage();

            assertThat(message.text()).isEqualTo(answer(3, 1));
            assertThat(message.compressed()).isFalse();
        }
    }

    static String repeat(int times, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"json-rpc \"," + times + "],\"id\":" + id + "}";
    }

    static String answer(int times, int id) {
        return "{\"jsonrpc\":\"2.0\",\"result\":\"" + "json-rpc ".repeat(times) + "\",\"id\":" + id + "}";
    }
}
