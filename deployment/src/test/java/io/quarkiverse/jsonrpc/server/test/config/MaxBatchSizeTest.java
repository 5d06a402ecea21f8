package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A batch larger than {@code max-batch-size} gets one {@code -32600} naming the limit. */
public class MaxBatchSizeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.jsonrpc-server.max-batch-size", "2");

    static final String TWO = "[{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"a\"],\"id\":1},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"b\"],\"id\":2}]";
    static final String TWO_ANSWERED = "[{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":1},"
            + "{\"jsonrpc\":\"2.0\",\"result\":\"b\",\"id\":2}]";
    static final String THREE = "[{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"a\"],\"id\":1},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"b\"],\"id\":2},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"c\"],\"id\":3}]";
    static final String TOO_LARGE = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
            + "\"data\":\"A batch of 3 requests exceeds the limit of 2 (quarkus.jsonrpc-server.max-batch-size)\"},"
            + "\"id\":null}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(TWO)).isEqualTo(TWO_ANSWERED);
        assertThat(HttpRpc.call(THREE)).isEqualTo(TOO_LARGE);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(TWO)).isEqualTo(TWO_ANSWERED);
            assertThat(client.call(THREE)).isEqualTo(TOO_LARGE);
        }
    }

    /** The test client's batch, refused as a whole: its error, over both transports, notifications only too. */
    @Test
    void theTestClientsBatchRefusedAsAWhole() {
        for (JsonRpcTestClient client : new JsonRpcTestClient[] { JsonRpcTestClient.ws(uri), JsonRpcTestClient.http(uri) }) {
            try (client) {
                assertThatThrownBy(() -> client.batch().call("echo", "a").call("echo", "b").call("echo", "c").send())
                        .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> assertThat(e.data().asText())
                                .isEqualTo("A batch of 3 requests exceeds the limit of 2"
                                        + " (quarkus.jsonrpc-server.max-batch-size)"));
                assertThatThrownBy(() -> client.batch().notify("echo", "a").notify("echo", "b").notify("echo", "c")
                        .send()).isInstanceOfSatisfying(JsonRpcErrorException.class,
                                e -> assertThat(e.code()).isEqualTo(-32600));
                assertThat(client.batch().notify("echo", "a").send()).isEmpty();
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"x\"],\"id\":9}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"x\",\"id\":9}");
            }
        }
    }
}
