package io.quarkiverse.jsonrpc.server.test.openrpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * In test mode the document is served: as the result of {@code rpc.discover} over both transports, and at
 * {@code GET /jsonrpc/openrpc.json}, while {@code GET /jsonrpc} stays {@code 405}.
 */
public class OpenRpcDiscoverTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class, HttpRpc.class));

    static final String DISCOVER = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":7}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void sameDocumentEverywhere() throws Exception {
        String document = given().get("/jsonrpc/openrpc.json").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertThat(document).startsWith("{\"openrpc\":\"1.3.2\",");
        String response = "{\"jsonrpc\":\"2.0\",\"result\":" + document + ",\"id\":7}";

        assertThat(HttpRpc.call(DISCOVER)).isEqualTo(response);
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(DISCOVER)).isEqualTo(response);
        }
    }

    @Test
    void discoverTakesNoParams() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"params\":[1],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: rpc.discover takes no params\"},\"id\":1}");
    }

    @Test
    void getOnTheEndpointItselfIsStillNotAllowed() {
        given().get("/jsonrpc").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void documentIsReadOnly() {
        given().contentType("application/json").body("{}").post("/jsonrpc/openrpc.json").then().statusCode(405);
    }
}
