package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code @JsonRpc("...")} replaces the Java name; only a leading {@code rpc.} is reserved, not one inside the name.
 */
public class ExplicitNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Health.class, HttpRpc.class));

    public static class Health {
        @JsonRpc("mymodule.rpc.ping")
        public String ping() {
            return "pong";
        }
    }

    static final String RENAMED = "{\"jsonrpc\":\"2.0\",\"method\":\"mymodule.rpc.ping\",\"id\":1}";
    static final String JAVA_NAME = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}";
    static final String NOT_FOUND = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
            + "\"data\":\"No method named 'ping'\"},\"id\":2}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(RENAMED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
        assertThat(HttpRpc.call(JAVA_NAME)).isEqualTo(NOT_FOUND);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(RENAMED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
            assertThat(client.call(JAVA_NAME)).isEqualTo(NOT_FOUND);
        }
    }
}
