package io.quarkiverse.jsonrpc.server.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;

public class SmokeTest {

    @RegisterExtension
    static final QuarkusUnitTest config = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Calculator.class));

    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }
    }

    @Test
    void http() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).body("result", is(3));
    }
}
