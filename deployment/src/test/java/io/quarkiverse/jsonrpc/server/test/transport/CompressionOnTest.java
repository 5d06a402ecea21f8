package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An application that wants compression for its large results turns it on with websockets-next's own property; per-frame
 * deflate, for the clients that offer only that, comes with it.
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

            String answer = connection.call(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"json-rpc \",2000],\"id\":1}");

            String expected = "{\"jsonrpc\":\"2.0\",\"result\":\"" + "json-rpc ".repeat(2000) + "\",\"id\":1}";
            assertThat(answer).isEqualTo(expected);
            assertThat(connection.bytesReceived()).as("bytes on the wire").isLessThan(expected.length() / 10);
        }
    }

    @Test
    void perFrameDeflateIsAgreedToo() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offering(uri, "x-webkit-deflate-frame")) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isEqualTo("x-webkit-deflate-frame");
        }
    }
}
