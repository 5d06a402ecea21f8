package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;

/** With the WebSocket transport disabled no upgrade succeeds; HTTP still serves. */
public class WebSocketDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, HttpRpc.class, WsClient.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.enabled", "false");

    @Inject
    Vertx vertx;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void upgradeIsRejected() {
        assertThatThrownBy(() -> WsClient.connect(vertx, uri))
                .hasRootCauseInstanceOf(UpgradeRejectedException.class);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }
}
