package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * With {@code quarkus.http.root-path}, both transports and the OpenRPC document are under it, as websockets-next's
 * endpoints and REST resources are: one URL for a client, whichever transport it speaks.
 */
public class RootPathTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.root-path", "/api");

    static final String ECHO = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}";
    static final String ECHOED = "{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}";

    /** Under the root path: {@code /api/jsonrpc}. */
    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void bothTransportsAreUnderTheRootPath() throws Exception {
        assertThat(endpoint.getPath()).isEqualTo("/api/jsonrpc");
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            assertThat(http.call(String.class, "echo", "over HTTP")).isEqualTo("over HTTP");
        }
        try (WebSocketTestConnection ws = WebSocketTestConnection.open(endpoint)) {
            assertThat(ws.call(ECHO)).isEqualTo(ECHOED);
        }
    }

    @Test
    void theOpenRpcDocumentIsUnderTheRootPath() throws Exception {
        HttpResponse<String> document = Http.get(endpoint + "/openrpc.json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"name\":\"echo\"");
    }

    @Test
    void nothingIsServedOutsideTheRootPath() throws Exception {
        assertThat(Http.post(endpoint.resolve("/jsonrpc").toString(), ECHO).statusCode()).isEqualTo(404);
        assertThat(Http.get(endpoint.resolve("/jsonrpc/openrpc.json").toString()).statusCode()).isEqualTo(404);
    }
}
