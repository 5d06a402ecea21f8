package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An application's mapper of {@code ConstraintViolationException}, or of {@code ValidationException}, answers the
 * violations of params in place of the built-in {@code -32602}, as such a mapper replaces quarkus-rest's built-in one;
 * what it declines gets {@code -32602} still. A mapper of a wider class, {@code RuntimeException}, does not take them:
 * the built-in answer is the more specific.
 */
class ViolationMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Mapped.class, BySuperclass.class, Wide.class));

    public static class Mapped {
        @JsonRpc
        public int mapped(@Max(10) int n) {
            return n;
        }

        @JsonRpcExceptionMapper
        JsonRpcException violations(ConstraintViolationException e) {
            if (e.getConstraintViolations().iterator().next().getInvalidValue().equals(42)) {
                return null;
            }
            return new JsonRpcException(-32050, "Rejected: " + e.getConstraintViolations().iterator().next().getMessage());
        }
    }

    public static class BySuperclass {
        @JsonRpc
        public int bySuperclass(@Max(10) int n) {
            return n;
        }

        @JsonRpcExceptionMapper
        JsonRpcException invalid(ValidationException e) {
            return new JsonRpcException(-32051, "Invalid");
        }
    }

    public static class Wide {
        @JsonRpc
        public int wide(@Max(10) int n) {
            return n;
        }

        /** A result that breaks its constraint past three letters: the server's bug. */
        @JsonRpc
        public @Size(max = 4) String shout(String word) {
            return word.toUpperCase() + "!";
        }

        @JsonRpc
        public String fail() {
            throw new IllegalStateException("broken");
        }

        @JsonRpcExceptionMapper
        JsonRpcException anything(RuntimeException e) {
            return new JsonRpcException(-32099, "Anything");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void theApplicationsMapperAnswersViolations() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            assertThat(client.call(int.class, "mapped", 3)).isEqualTo(3);
            assertError(client.callForError("mapped", 11), -32050, "Rejected: must be less than or equal to 10");
            assertError(client.callForError("bySuperclass", 11), -32051, "Invalid");
        }
    }

    @Test
    void whatTheMapperDeclinesIsInvalidParams() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertError(client.callForError("mapped", 42), -32602,
                    "Invalid params: 'n' must be less than or equal to 10");
        }
    }

    @Test
    void aMapperOfAWiderClassLeavesViolationsToTheBuiltInAnswer() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertError(client.callForError("wide", 11), -32602,
                    "Invalid params: 'n' must be less than or equal to 10");
            // the violation of a result too: the server's bug, answered as one, as without the mapper
            assertThat(client.call(String.class, "shout", "hey")).isEqualTo("HEY!");
            JsonRpcErrorException shouted = client.callForError("shout", "hello");
            assertThat(shouted.code()).isEqualTo(-32603);
            // in test mode, with the exception's message as the detail
            assertThat(shouted.message()).startsWith("1 constraint violation(s) occurred during method validation.");
            // what the mapper is for
            assertError(client.callForError("fail"), -32099, "Anything");
        }
    }

    private static void assertError(JsonRpcErrorException error, int code, String message) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(message);
    }
}
