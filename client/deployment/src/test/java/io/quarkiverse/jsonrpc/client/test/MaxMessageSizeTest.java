package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A WebSocket client reads a message as large as its {@code max-message-size}; one a byte larger closes the
 * connection with 1009, and fails the call waiting on it with a message naming the property. The next call
 * reconnects. The server sends a message in frames of 64K at most: a limit above that is passed by a message of several
 * frames, one under it by a single frame.
 */
public class MaxMessageSizeTest {

    static final int PORT = SharedTcpRelay.port(MaxMessageSizeTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "ws://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".max-message-size", "100K");

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(MaxMessageSizeTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void aMessageOfSeveralFrames() {
        assertTheLimit(calc, "ws://localhost:" + PORT + "/jsonrpc", 100 * 1024);
    }

    @Test
    void aMessageOfOneFrame() {
        String url = "ws://localhost:" + application.getPort() + "/jsonrpc";
        Calculator small = JsonRpcClientBuilder.newBuilder().url(url).maxMessageSize(1000).build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) small) {
            assertTheLimit(small, url, 1000);
        }
    }

    /** Results of {@code limit} bytes, then one more, then {@code limit} again, on a client whose ids are 1 to 9. */
    private static void assertTheLimit(Calculator client, String url, int limit) {
        // {"jsonrpc":"2.0","result":"...","id":1}: 36 bytes around the result
        String fits = "x".repeat(limit - 36);
        assertThat(client.repeat("x", limit - 36)).isEqualTo(fits);

        assertThatThrownBy(() -> client.repeat("x", limit - 35)).isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The WebSocket connection to " + url + " closed (a message from the server was larger"
                        + " than " + limit + " bytes, the max-message-size) before the answer arrived");

        assertThat(client.repeat("x", limit - 36)).isEqualTo(fits);
    }
}
