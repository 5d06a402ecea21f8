package org.acme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GreeterTest {

    @Test
    void greet() {
        given()
                .contentType(ContentType.JSON)
                .body("{\"jsonrpc\": \"2.0\", \"method\": \"greet\", \"params\": {\"name\": \"Quarkus\"}, \"id\": 1}")
                .post("/jsonrpc")
                .then()
                .statusCode(200)
                .body("result", is("Hello Quarkus"))
                .body("id", is(1));
    }

    @Test
    void unknownMethod() {
        given()
                .contentType(ContentType.JSON)
                .body("{\"jsonrpc\": \"2.0\", \"method\": \"greeet\", \"id\": 2}")
                .post("/jsonrpc")
                .then()
                .statusCode(200)
                .body("error.code", is(-32601))
                .body("error.message", is("Method not found"));
    }
}
