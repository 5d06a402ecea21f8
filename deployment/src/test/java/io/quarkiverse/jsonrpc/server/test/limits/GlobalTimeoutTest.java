package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** quarkus.jsonrpc-server.timeout applies to every method without a timeout of its own. */
public class GlobalTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Stuck.class))
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
