package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A transport turned off is off at every endpoint: with the WebSocket off, an endpoint is served over HTTP only, and
 * its path may be the WebSocket's configured path, which nothing serves.
 */
public class EndpointWithOneTransportTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Endpoints.class, Endpoints.Public.class, Endpoints.Admin.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.enabled", "false")
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.path", "/admin")
            .overrideConfigKey("quarkus.jsonrpc-server.http.path", "/rpc");

    @TestHTTPResource("/admin")
    URI admin;

    @Test
    void anEndpointIsServedOverTheTransportsThatAreOn() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(admin)) {
            assertThat(client.call(String.class, "ping")).isEqualTo("admin");
        }
        assertThatThrownBy(() -> WebSocketTestConnection.open(admin)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isIn(404, 405);
    }
}
