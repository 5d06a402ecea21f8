package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With the WebSocket transport disabled no upgrade succeeds; HTTP still serves. */
public class WebSocketDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, HttpRpc.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.enabled", "false");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void upgradeIsRejected() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isIn(404, 405);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }
}
