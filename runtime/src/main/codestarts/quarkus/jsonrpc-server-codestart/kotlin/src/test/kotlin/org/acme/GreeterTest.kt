package org.acme

import io.quarkus.test.junit.QuarkusTest
import io.restassured.RestAssured.given
import io.restassured.http.ContentType
import org.hamcrest.CoreMatchers.`is`
import org.junit.jupiter.api.Test

@QuarkusTest
class GreeterTest {

    @Test
    fun greet() {
        given()
            .contentType(ContentType.JSON)
            .body("""{"jsonrpc": "2.0", "method": "greet", "params": {"name": "Quarkus"}, "id": 1}""")
            .post("/jsonrpc")
            .then()
            .statusCode(200)
            .body("result", `is`("Hello Quarkus"))
            .body("id", `is`(1))
    }

    @Test
    fun unknownMethod() {
        given()
            .contentType(ContentType.JSON)
            .body("""{"jsonrpc": "2.0", "method": "greeet", "id": 2}""")
            .post("/jsonrpc")
            .then()
            .statusCode(200)
            .body("error.code", `is`(-32601))
            .body("error.message", `is`("Method not found"))
    }
}
