package io.quarkiverse.jsonrpc.server.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

public class SmokeTest {

    @RegisterExtension
    static final QuarkusUnitTest config = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class));

    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void http() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).body("result", is(3));
        given().get("/jsonrpc").then().statusCode(405);
        given().contentType("text/plain").body("{}").post("/jsonrpc").then().statusCode(415);
    }

    /**
     * Bean Validation support is optional: this module's applications run without quarkus-hibernate-validator, so
     * every test here shows the extension works without it.
     */
    @Test
    void runsWithoutHibernateValidator() {
        assertThatThrownBy(() -> Class.forName("io.quarkus.hibernate.validator.runtime.interceptor.MethodValidated",
                false, Thread.currentThread().getContextClassLoader())).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void webSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        }
    }
}
