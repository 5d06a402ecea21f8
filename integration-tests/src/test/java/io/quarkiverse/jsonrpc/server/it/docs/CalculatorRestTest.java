package io.quarkiverse.jsonrpc.server.it.docs;

// The example of guides-testing.adoc as written there, run against the example application: TestingGuideDocTest
// checks that the guide still shows this class.
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalculatorRestTest {

    @Test
    void subtract() {
        given().contentType("application/json")
                .body("""
                        {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}""")
                .when().post("/jsonrpc")
                .then().statusCode(200)
                .body("result", is(19))
                .body("id", is(1));
    }

    @Test
    void missingParam() {
        given().contentType("application/json")
                .body("""
                        {"jsonrpc": "2.0", "method": "subtract", "params": [42], "id": 2}""")
                .when().post("/jsonrpc")
                .then().statusCode(200)
                .body("error.code", is(-32602))
                .body("error.message", is("Invalid params: missing required parameter 'subtrahend'"));
    }
}
