package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

/** Called over a transport it does not list, a method does not exist: {@code -32601}. */
public class TransportRestrictionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Restricted.class, HttpRpc.class));

    public static class Restricted {
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public String socketOnly() {
            return "socket";
        }

        @JsonRpc(transports = JsonRpcTransport.HTTP)
        public String httpOnly() {
            return "http";
        }
    }

    static final String SOCKET_ONLY = "{\"jsonrpc\":\"2.0\",\"method\":\"socketOnly\",\"id\":1}";
    static final String HTTP_ONLY = "{\"jsonrpc\":\"2.0\",\"method\":\"httpOnly\",\"id\":2}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(HTTP_ONLY)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"http\",\"id\":2}");
        assertMethodNotFound(HttpRpc.call(SOCKET_ONLY), "socketOnly", 1);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(SOCKET_ONLY)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"socket\",\"id\":1}");
            assertMethodNotFound(client.call(HTTP_ONLY), "httpOnly", 2);
        }
    }

    /** The data may say more than that the method is missing, but never less. */
    private static void assertMethodNotFound(String response, String method, int id) {
        JsonPath json = JsonPath.from(response);
        assertThat(json.getInt("error.code")).isEqualTo(-32601);
        assertThat(json.getString("error.message")).isEqualTo("Method not found");
        assertThat(json.getString("error.data")).contains("'" + method + "'");
        assertThat(json.getInt("id")).isEqualTo(id);
        assertThat(json.getMap("$")).doesNotContainKey("result");
    }
}
