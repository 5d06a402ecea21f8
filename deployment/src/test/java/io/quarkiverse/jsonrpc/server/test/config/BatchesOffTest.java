package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code max-batch-size=0} refuses every batch with one {@code -32600}; requests sent one by one are answered. */
public class BatchesOffTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.jsonrpc-server.max-batch-size", "0");

    static final String SINGLE = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"a\"],\"id\":1}";
    static final String ANSWERED = "{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":1}";
    static final String BATCH_OF_ONE = "[" + SINGLE + "]";
    static final String REFUSED = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
            + "\"data\":\"Batches are turned off (quarkus.jsonrpc-server.max-batch-size=0): send one request per"
            + " message\"},\"id\":null}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(SINGLE)).isEqualTo(ANSWERED);
        assertThat(HttpRpc.call(BATCH_OF_ONE)).isEqualTo(REFUSED);
    }

    @Test
    void overWebSocket() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(SINGLE)).isEqualTo(ANSWERED);
            assertThat(client.call(BATCH_OF_ONE)).isEqualTo(REFUSED);
            // the connection stays open
            assertThat(client.call(SINGLE)).isEqualTo(ANSWERED);
        }
    }
}
