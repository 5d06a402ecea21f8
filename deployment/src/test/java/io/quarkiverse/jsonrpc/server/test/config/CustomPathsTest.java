package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** Each transport listens on its configured path, and only there; the HTTP path as a route's path is written. */
public class CustomPathsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.path", "rpc/socket/")
            // as a user might write it: served at /rpc/http, as websockets-next takes a path without its leading slash
            .overrideConfigKey("quarkus.jsonrpc-server.http.path", "rpc/http/");

    static final String ECHO = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}";
    static final String ECHOED = "{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}";

    @TestHTTPResource("/rpc/socket")
    URI socket;

    @TestHTTPResource("/jsonrpc")
    URI defaultPath;

    @TestHTTPResource("/rpc/http")
    URI http;

    @Test
    void httpListensOnItsPath() {
        assertThat(HttpRpc.call("/rpc/http", ECHO)).isEqualTo(ECHOED);
        assertNotServed("/jsonrpc");
        assertNotServed("/rpc/socket");
    }

    @Test
    void webSocketListensOnItsPath() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(socket)) {
            assertThat(client.call(ECHO)).isEqualTo(ECHOED);
        }
        assertThatThrownBy(() -> WebSocketTestConnection.open(defaultPath)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isIn(404, 405);
    }

    /**
     * The HTTP transport leaves an upgrade to the WebSocket endpoint; with none at its path, Vert.x answers 404, not
     * the transport's 405 for a GET.
     */
    @Test
    void anUpgradeAtTheHttpPathIsNotFound() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(http)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isEqualTo(404);
    }

    /** 404, or 405 when another route (websockets-next's, another extension's) takes only GET there. */
    private static void assertNotServed(String path) {
        HttpResponse<String> post = Http.post(path, ECHO);
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).doesNotContain("jsonrpc");
    }
}
