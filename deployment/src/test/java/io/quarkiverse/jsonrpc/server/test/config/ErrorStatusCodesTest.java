package io.quarkiverse.jsonrpc.server.test.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.ValidatableResponse;

/**
 * With {@code http.error-status-codes} a single error response carries the status the JSON-RPC-over-HTTP draft gives
 * its code; a batch is always {@code 200}, a notification {@code 204}.
 */
public class ErrorStatusCodesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class))
            .overrideConfigKey("quarkus.jsonrpc-server.http.error-status-codes", "true");

    public static class Service {
        @JsonRpc
        public int square(int x) {
            return x * x;
        }

        @JsonRpc
        public int broken() {
            throw new IllegalStateException("bug");
        }

        /** Fails with the code it is given, as an application or the extension's security and shutdown do. */
        @JsonRpc
        public int refuse(int code) {
            throw new JsonRpcException(code, "Refused");
        }
    }

    @Test
    void statusFollowsTheErrorCode() {
        post("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[3],\"id\":1}").statusCode(200).body("result", is(9));
        post("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[").statusCode(500).body("error.code", is(-32700));
        post("{\"jsonrpc\":\"2.0\",\"id\":1}").statusCode(400).body("error.code", is(-32600));
        post("[]").statusCode(400).body("error.code", is(-32600));
        post("{\"jsonrpc\":\"2.0\",\"method\":\"cube\",\"id\":1}").statusCode(404).body("error.code", is(-32601));
        post("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[\"x\"],\"id\":1}").statusCode(500)
                .body("error.code", is(-32602));
        post("{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":1}").statusCode(500).body("error.code", is(-32603));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "-32001, 401", // Unauthorized: an anonymous caller of a secured method
            "-32003, 403", // Forbidden: a caller without the role
            "-32006, 503", // Server shutting down
            "1001,   500", // an application's own error
            "-32000, 500",
    })
    void statusOfTheExtensionsAndTheApplicationsErrors(int code, int status) {
        post("{\"jsonrpc\":\"2.0\",\"method\":\"refuse\",\"params\":[" + code + "],\"id\":1}").statusCode(status)
                .body("error.code", is(code));
    }

    @Test
    void batchIs200AndNotificationIs204() {
        post("[{\"jsonrpc\":\"2.0\",\"method\":\"cube\",\"id\":1},{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":2}]")
                .statusCode(200).body("error.code", is(java.util.List.of(-32601, -32603)));
        post("{\"jsonrpc\":\"2.0\",\"method\":\"broken\"}").statusCode(204).body(is(emptyString()));
    }

    private static ValidatableResponse post(String message) {
        return given().contentType("application/json").body(message).post("/jsonrpc").then();
    }
}
