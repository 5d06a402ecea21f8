package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
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
            .withApplicationRoot(jar -> jar.addClasses(Texts.class));

    public static class Texts {
        @JsonRpc
        public String repeat(String text, int times) {
            return text.repeat(times);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    static WebSocketTestConnection offeringDeflate(URI uri) {
        return JsonRpcTestClient.builder().header("Sec-WebSocket-Extensions", OFFER).connection(uri);
    }

    @Test
    void deflateOfferedIsDeclinedAndFramesGoOutPlain() {
        try (WebSocketTestConnection connection = offeringDeflate(uri)) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isNull();

            String answer = connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"ab\",3],\"id\":1}");

            assertThat(answer).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ababab\",\"id\":1}");
            assertThat(connection.bytesReceived()).as("bytes on the wire").isEqualTo(answer.length());
        }
    }
}
