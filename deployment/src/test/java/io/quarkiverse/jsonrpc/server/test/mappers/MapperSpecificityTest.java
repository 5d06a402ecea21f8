package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The most specific mapper decides however the failure arrives: thrown, a failed {@code Uni}, a stage completed
 * exceptionally (wrapped in a {@code CompletionException} by a dependent stage), an {@code ExecutionException}, a
 * stream failing mid-way. A mapper that throws answers {@code -32603} naming it, and the connection goes on.
 */
public class MapperSpecificityTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Store.class, Mappers.class, StoreException.class,
                    MissingException.class, GoneException.class, BuggyException.class));

    public static class StoreException extends RuntimeException {
        public StoreException(String message) {
            super(message);
        }
    }

    public static class MissingException extends StoreException {
        public MissingException(String message) {
            super(message);
        }
    }

    /** No mapper of its own: its superclass's decides. */
    public static class GoneException extends MissingException {
        public GoneException(String message) {
            super(message);
        }
    }

    public static class BuggyException extends RuntimeException {
    }

    public static class Store {
        @JsonRpc
        public int thrown(String item) {
            throw new GoneException(item);
        }

        @JsonRpc
        @NonBlocking
        public Uni<Integer> uni(String item) {
            return Uni.createFrom().failure(new GoneException(item));
        }

        @JsonRpc
        public CompletionStage<Integer> stage(String item) {
            return CompletableFuture.completedFuture(item).thenApply(i -> {
                throw new GoneException(i);
            });
        }

        @JsonRpc
        public CompletionStage<Integer> failedStage(String item) {
            return CompletableFuture.failedFuture(new CompletionException(new GoneException(item)));
        }

        @JsonRpc
        public int execution(String item) throws ExecutionException {
            throw new ExecutionException(new GoneException(item));
        }

        @JsonRpc
        public int general(String item) {
            throw new StoreException(item);
        }

        @JsonRpc
        public Multi<Integer> stream(String item) {
            return Multi.createBy().concatenating().streams(Multi.createFrom().items(1),
                    Multi.createFrom().failure(new GoneException(item)));
        }

        @JsonRpc
        public int buggy() {
            throw new BuggyException();
        }

        @JsonRpc
        public int ok() {
            return 1;
        }
    }

    public static class Mappers {
        @JsonRpcExceptionMapper
        JsonRpcException store(StoreException e) {
            return new JsonRpcException(500, "Store: " + e.getMessage());
        }

        @JsonRpcExceptionMapper
        JsonRpcException missing(MissingException e) {
            return new JsonRpcException(404, "Missing: " + e.getMessage());
        }

        @JsonRpcExceptionMapper
        JsonRpcException buggy(BuggyException e) {
            throw new IllegalStateException("mapper bug");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theMostSpecificMapperDecidesHoweverTheFailureArrives() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            for (String method : List.of("thrown", "uni", "stage", "failedStage", "execution")) {
                JsonRpcErrorException error = client.callForError(method, "kite");
                assertThat(error.code()).as(method).isEqualTo(404);
                assertThat(error.message()).as(method).isEqualTo("Missing: kite");
            }
            assertThat(client.callForError("general", "kite").code()).isEqualTo(500);
        }
    }

    @Test
    void aStreamFailingMidWayIsMappedByTheMostSpecificMapper() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription stream = client.subscribe("stream", "kite");
            JsonRpcErrorException error = stream.awaitError();
            assertThat(error.code()).isEqualTo(404);
            assertThat(error.message()).isEqualTo("Missing: kite");
        }
    }

    @Test
    void aMapperThatThrowsIsAnInternalErrorAndTheConnectionGoesOn() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcErrorException error = client.callForError("buggy");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).isEqualTo("Exception mapper " + Mappers.class.getName() + "#buggy failed to map "
                    + BuggyException.class.getName() + ": java.lang.IllegalStateException: mapper bug");
            assertThat(error.data().toString()).doesNotContain("\tat ");
            assertThat(client.call(int.class, "ok")).isEqualTo(1);
        }
    }
}
