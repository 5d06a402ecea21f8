package io.quarkiverse.jsonrpc.server.test.context;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Over HTTP the context describes the request: its headers, no connection, and user data that lives as long as the
 * request.
 */
public class JsonRpcContextOverHttpTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, CallDescription.class, HttpRpc.class));

    public static class Introspection {
        @JsonRpc
        public CallDescription describe(String ignored, JsonRpcContext context) {
            return CallDescription.of(context);
        }

        @JsonRpc
        public Object remember(JsonRpcContext context, String value) {
            return context.userData().put("remembered", value);
        }
    }

    @Test
    void describesTheRequest() {
        String response = given().contentType("application/json").header("X-Trace", "trace-1")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"params\":[\"x\"],\"id\":\"abc\"}")
                .post("/jsonrpc").then().statusCode(200).extract().asString();
        assertThat(response).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"HTTP\","
                + "\"method\":\"describe\",\"requestId\":\"abc\",\"notification\":false,\"header\":\"trace-1\","
                + "\"headerValues\":[\"trace-1\"],\"connection\":false},\"id\":\"abc\"}");
    }

    @Test
    void numericRequestId() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"params\":[\"x\"],\"id\":7}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"HTTP\",\"method\":\"describe\","
                        + "\"requestId\":7,\"notification\":false,\"header\":null,\"headerValues\":[],"
                        + "\"connection\":false},\"id\":7}");
    }

    @Test
    void userDataLivesAsLongAsTheRequest() {
        String remember = "{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"first\"],\"id\":1}";
        assertThat(HttpRpc.call(remember)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        assertThat(HttpRpc.call(remember)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
    }
}
