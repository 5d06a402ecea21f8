package io.quarkiverse.jsonrpc.server.test.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/** By default an error response is {@code 200}: the error is in the body, as over the WebSocket. */
public class ErrorStatusCodesOffByDefaultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class));

    @Test
    void errorsAre200() {
        given().contentType("application/json").body("{").post("/jsonrpc").then().statusCode(200)
                .body("error.code", is(-32700));
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).body("error.code", is(-32601));
    }
}
