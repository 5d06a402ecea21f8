package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** An application that wants compression for its large results turns it on with websockets-next's own property. */
public class CompressionOnTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CompressionTest.Texts.class, RawWebSocket.class))
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void largeResultGoesOutCompressed() throws Exception {
        try (RawWebSocket socket = RawWebSocket.connect(uri, CompressionTest.OFFER)) {
            assertThat(socket.responseHeader("Sec-WebSocket-Extensions")).startsWith("permessage-deflate");

            socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"json-rpc \",2000],\"id\":1}");
            RawWebSocket.Frame frame = socket.readFrame();

            String expected = "{\"jsonrpc\":\"2.0\",\"result\":\"" + "json-rpc ".repeat(2000) + "\",\"id\":1}";
            assertThat(frame.rsv1()).isTrue();
            assertThat(frame.payload().length).isLessThan(expected.length() / 10);
            assertThat(RawWebSocket.inflate(frame.payload())).isEqualTo(expected);
        }
    }
}
