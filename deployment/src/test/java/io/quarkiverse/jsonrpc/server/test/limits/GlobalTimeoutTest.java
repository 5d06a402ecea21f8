package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** quarkus.jsonrpc-server.timeout applies to every method without a timeout of its own, and cancels what it stops. */
public class GlobalTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Stuck.class, Stages.class, DependentStages.class))
            .overrideConfigKey("quarkus.jsonrpc-server.timeout", "250ms");

    public static class Stuck {
        static final CompletableFuture<String> release = new CompletableFuture<>();

        @JsonRpc
        public Uni<String> hang() {
            return Uni.createFrom().nothing();
        }

        /** Answers when the test says so; its own timeout is far away. */
        @JsonRpc(timeout = "60s")
        public Uni<String> patient() {
            return Uni.createFrom().completionStage(release);
        }
    }

    /** Stages that never complete: the last one handed out is kept, for the test to see it cancelled. */
    @ApplicationScoped
    public static class Stages {
        static volatile CompletableFuture<String> last;

        @JsonRpc
        public CompletionStage<String> stage() {
            return last = new CompletableFuture<>();
        }
    }

    @Dependent
    public static class DependentStages {
        static volatile CompletableFuture<String> last;
        static volatile boolean destroyed;

        @JsonRpc
        public CompletionStage<String> dependentStage() {
            return last = new CompletableFuture<>();
        }

        @PreDestroy
        void destroy() {
            destroyed = true;
        }
    }

    static final String HANG_TIMED_OUT = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
            + "\"data\":\"The call did not complete within 250 ms\"},\"id\":\"hang\"}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theGlobalTimeoutApplies() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":\"hang\"}"))
                    .isEqualTo(HANG_TIMED_OUT);
        }
    }

    /**
     * The {@code CompletionStage} a method returned is cancelled when its call times out, as a {@code Uni} is; a
     * {@code @Dependent} bean's instance is destroyed then.
     */
    @Test
    void aStageThatTimesOutIsCancelled() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"stage\",\"id\":\"hang\"}"))
                    .isEqualTo(HANG_TIMED_OUT);
            assertThat(Stages.last).isCancelled();

            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"dependentStage\",\"id\":\"hang\"}"))
                    .isEqualTo(HANG_TIMED_OUT);
            assertThat(DependentStages.last).isCancelled();
            assertThat(DependentStages.destroyed).isTrue();
        }
    }

    /**
     * {@code patient} starts before {@code hang}: once {@code hang} has timed out, {@code patient} has run longer than
     * the global timeout too, and is still running.
     */
    @Test
    void aMethodsOwnTimeoutWins() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"patient\",\"id\":\"patient\"}");
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":\"hang\"}");
            assertThat(connection.next()).isEqualTo(HANG_TIMED_OUT);

            Stuck.release.complete("waited");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"waited\",\"id\":\"patient\"}");
        }
    }
}
