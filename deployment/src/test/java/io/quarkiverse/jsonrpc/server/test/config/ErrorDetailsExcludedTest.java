package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With {@code errors.include-details=false} an unexpected exception reaches the client as a bare -32603. */
public class ErrorDetailsExcludedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Leaky.class))
            .overrideConfigKey("quarkus.jsonrpc-server.errors.include-details", "false");

    public static class Leaky {
        @JsonRpc
        public String connect() {
            throw new IllegalStateException("password=hunter2 rejected by db.internal");
        }
    }

    static final String CONNECT = "{\"jsonrpc\":\"2.0\",\"method\":\"connect\",\"id\":1}";
    static final String INTERNAL_ERROR = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,"
            + "\"message\":\"Internal error\"},\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(CONNECT)).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(CONNECT)).isEqualTo(INTERNAL_ERROR);
        }
    }
}
