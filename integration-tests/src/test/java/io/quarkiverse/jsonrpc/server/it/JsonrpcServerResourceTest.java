package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class JsonrpcServerResourceTest {

    @Test
    public void testHelloEndpoint() {
        given()
                .when().get("/jsonrpc-server")
                .then()
                .statusCode(200)
                .body(is("Hello jsonrpc-server"));
    }
}
