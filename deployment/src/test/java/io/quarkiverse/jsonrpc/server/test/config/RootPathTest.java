package io.quarkiverse.jsonrpc.server.test.config;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
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

    /** REST Assured's paths are under the root path already, as the guide tells a test to write them. */
    @Test
    void restAssuredPostsUnderTheRootPath() {
        given().contentType("application/json").body(ECHO).post("/jsonrpc").then().statusCode(200).body(is(ECHOED));
    }

    @Test
    void theOpenRpcDocumentIsUnderTheRootPath() throws Exception {
        HttpResponse<String> document = get(URI.create(endpoint + "/openrpc.json"));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"name\":\"echo\"");
    }

    @Test
    void nothingIsServedOutsideTheRootPath() throws Exception {
        HttpResponse<String> outside = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/jsonrpc"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ECHO)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(get(endpoint.resolve("/jsonrpc/openrpc.json")).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
