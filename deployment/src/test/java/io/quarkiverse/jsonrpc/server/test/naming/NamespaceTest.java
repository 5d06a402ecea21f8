package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code @JsonRpcNamespace} prefixes the JSON-RPC name of every method of its class, explicit names too. */
public class NamespaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, HttpRpc.class));

    @JsonRpcNamespace("calc")
    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }

        @JsonRpc("minus")
        public int subtract(int a, int b) {
            return a - b;
        }
    }

    static final String ADD = "{\"jsonrpc\":\"2.0\",\"method\":\"calc.add\",\"params\":[5,3],\"id\":1}";
    static final String MINUS = "{\"jsonrpc\":\"2.0\",\"method\":\"calc.minus\",\"params\":[5,3],\"id\":2}";
    static final String UNPREFIXED = "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[5,3],\"id\":3}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(ADD)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":1}");
        assertThat(HttpRpc.call(MINUS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        assertThat(HttpRpc.call(UNPREFIXED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,"
                + "\"message\":\"Method not found\",\"data\":\"No method named 'add'\"},\"id\":3}");
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(ADD)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":1}");
            assertThat(client.call(MINUS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
            assertThat(client.call(UNPREFIXED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,"
                    + "\"message\":\"Method not found\",\"data\":\"No method named 'add'\"},\"id\":3}");
        }
    }
}
