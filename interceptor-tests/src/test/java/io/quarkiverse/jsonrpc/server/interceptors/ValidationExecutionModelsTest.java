package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.BatchResponse;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Bean Validation of params is the same whatever the method's execution model or result: a blocking method, one on
 * the event loop, one returning a {@code Uni} or a {@code CompletionStage}, one on a virtual thread, a subscription;
 * in a batch and in a JSON-RPC 1.0 request too. A result that breaks its {@code @Valid} constraints is the server's
 * bug: {@code -32603}.
 */
class ValidationExecutionModelsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Limits.class, Label.class, Stock.class));

    public record Label(@NotBlank String text) {
    }

    /** Another bean, whose method has the served method's name and parameter, with a constraint of its own. */
    @ApplicationScoped
    public static class Stock {
        public int reserve(@Max(5) int n) {
            return n;
        }
    }

    public static class Limits {
        @Inject
        Stock stock;

        /** Its param is valid up to 10; the bean it calls takes up to 5. */
        @JsonRpc
        public int reserve(@Max(10) int n) {
            return stock.reserve(n);
        }

        @JsonRpc
        public int blocking(@Max(10) int n) {
            return n;
        }

        @JsonRpc
        @NonBlocking
        public int nonBlocking(@Max(10) int n) {
            return n;
        }

        @JsonRpc
        public Uni<Integer> uni(@Max(10) int n) {
            return Uni.createFrom().item(n);
        }

        @JsonRpc
        public CompletionStage<Integer> stage(@Max(10) int n) {
            return CompletableFuture.completedFuture(n);
        }

        @JsonRpc
        @RunOnVirtualThread
        public int virtual(@Max(10) int n) {
            return n;
        }

        @JsonRpc
        public Multi<Integer> ticks(@Max(10) int n) {
            return Multi.createFrom().range(0, n);
        }

        @JsonRpc
        public @Valid Label label(String text) {
            return new Label(text);
        }

        /** Its params' names in reverse alphabetical order, so that their order and their paths' order differ. */
        @JsonRpc
        public int range(@Min(0) int zeta, @Min(0) int alpha) {
            return zeta - alpha;
        }
    }

    static final String TOO_LARGE = "Invalid params: 'n' must be less than or equal to 10";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void everyExecutionModelIsValidatedAlike() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            for (String method : List.of("blocking", "nonBlocking", "uni", "stage", "virtual")) {
                assertThat(client.call(int.class, method, 3)).as(method).isEqualTo(3);
                JsonRpcErrorException error = client.callForError(method, 11);
                assertThat(error.code()).as(method).isEqualTo(-32602);
                assertThat(error.message()).as(method).isEqualTo(TOO_LARGE);
                assertThat(error.data().toString()).as(method)
                        .isEqualTo("[{\"path\":\"n\",\"message\":\"must be less than or equal to 10\"}]");
            }
        }
    }

    /** Violations in the order of the params, then of their paths: the first param's names the message. */
    @Test
    void violationsInTheOrderOfTheParams() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            JsonRpcErrorException error = client.callForError("range", -1, -1);
            assertThat(error.message()).isEqualTo("Invalid params: 'zeta' must be greater than or equal to 0");
            assertThat(error.data().toString()).isEqualTo("[{\"path\":\"zeta\",\"message\":\"must be greater than or"
                    + " equal to 0\"},{\"path\":\"alpha\",\"message\":\"must be greater than or equal to 0\"}]");
        }
    }

    @Test
    void aSubscriptionsParamsAreValidatedBeforeItOpens() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcErrorException error = client.callForError("ticks", 11);
            assertThat(error.code()).isEqualTo(-32602);
            assertThat(error.message()).isEqualTo(TOO_LARGE);
            assertThat(client.subscribe("ticks", 2).awaitItems()).hasSize(2);
        }
    }

    @Test
    void eachCallOfABatchIsValidatedForItself() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            List<BatchResponse> responses = client.batch().call("uni", 11).call("nonBlocking", 4).call("blocking", 12)
                    .send();
            assertThat(responses).hasSize(3);
            assertThat(responses.get(0).error().message()).isEqualTo(TOO_LARGE);
            assertThat(responses.get(1).result(int.class)).isEqualTo(4);
            assertThat(responses.get(2).error().code()).isEqualTo(-32602);
        }
    }

    @Test
    void aJsonRpc10RequestGetsItsViolationsInItsOwnShape() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.exchange("{\"method\":\"uni\",\"params\":[11],\"id\":7}")).isEqualTo(
                    "{\"result\":null,\"error\":{\"code\":-32602,\"message\":\"" + TOO_LARGE + "\",\"data\":"
                            + "[{\"path\":\"n\",\"message\":\"must be less than or equal to 10\"}]},\"id\":7}");
        }
    }

    @Test
    void aResultThatBreaksItsConstraintsIsAnInternalError() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call("label", "ok").toString()).isEqualTo("{\"text\":\"ok\"}");
            JsonRpcErrorException error = client.callForError("label", " ");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).startsWith("1 constraint violation(s) occurred during method validation.");
            assertThat(error.message()).contains("label.<return value>.text");
        }
    }

    /** The violation of another bean the method calls is the server's bug, not the client's params: -32603. */
    @Test
    void aViolationInAnotherBeanTheMethodCallsIsAnInternalError() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(int.class, "reserve", 5)).isEqualTo(5);
            assertThat(client.callForError("reserve", 11).message()).isEqualTo(TOO_LARGE);
            JsonRpcErrorException error = client.callForError("reserve", 7);
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).startsWith("1 constraint violation(s) occurred during method validation.")
                    .contains("Stock.reserve(int)").contains("reserve.n");
        }
    }
}
