package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;

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
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[3],\"id\":1}", 200, "/result", "9");
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[", 500, "/error/code", "-32700");
        assertAnswer("{\"jsonrpc\":\"2.0\",\"id\":1}", 400, "/error/code", "-32600");
        assertAnswer("[]", 400, "/error/code", "-32600");
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"cube\",\"id\":1}", 404, "/error/code", "-32601");
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"square\",\"params\":[\"x\"],\"id\":1}", 500, "/error/code",
                "-32602");
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":1}", 500, "/error/code", "-32603");
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
        assertAnswer("{\"jsonrpc\":\"2.0\",\"method\":\"refuse\",\"params\":[" + code + "],\"id\":1}", status,
                "/error/code", String.valueOf(code));
    }

    @Test
    void batchIs200AndNotificationIs204() {
        HttpResponse<String> batch = Http.post("/jsonrpc", "[{\"jsonrpc\":\"2.0\",\"method\":\"cube\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":2}]");
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(Http.each(Http.json(batch), "/error/code")).containsExactly("-32601", "-32603");
        HttpResponse<String> notification = Http.post("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"broken\"}");
        assertThat(notification.statusCode()).isEqualTo(204);
        assertThat(notification.body()).isEmpty();
    }

    /** The message's answer has {@code status}, and the member at {@code pointer} in its body is {@code value}. */
    private static void assertAnswer(String message, int status, String pointer, String value) {
        HttpResponse<String> response = Http.post("/jsonrpc", message);
        assertThat(response.statusCode()).as("status of %s: %s", message, response.body()).isEqualTo(status);
        assertThat(Http.json(response).at(pointer).toString()).as(pointer).isEqualTo(value);
    }
}
