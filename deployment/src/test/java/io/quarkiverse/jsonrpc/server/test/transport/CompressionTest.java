package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client that offers permessage-deflate, as every browser does, gets plain frames: JSON-RPC's small messages cost
 * more to compress than they save.
 */
public class CompressionTest {

    static final String OFFER = "permessage-deflate; client_max_window_bits";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Texts.class, RawWebSocket.class));

    public static class Texts {
        @JsonRpc
        public String repeat(String text, int times) {
            return text.repeat(times);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void deflateOfferedIsDeclinedAndFramesGoOutPlain() throws Exception {
        try (RawWebSocket socket = RawWebSocket.connect(uri, OFFER)) {
            assertThat(socket.responseHeader("Sec-WebSocket-Extensions")).isNull();

            socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"ab\",3],\"id\":1}");
            RawWebSocket.Frame frame = socket.readFrame();

            assertThat(frame.rsv1()).isFalse();
            assertThat(frame.text()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ababab\",\"id\":1}");
        }
    }
}
