package io.quarkiverse.jsonrpc.server.test.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A {@code CompletionStage} is answered when it completes, later and on another thread: with its value or error. */
public class CompletionStageResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Async.class, HttpRpc.class));

    public static class Async {
        @JsonRpc
        public CompletionStage<String> later(String value) {
            return CompletableFuture.supplyAsync(() -> value.toUpperCase(),
                    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }

        @JsonRpc
        public CompletionStage<String> failLater() {
            return CompletableFuture.supplyAsync(() -> {
                throw new JsonRpcException(-32042, "Too late");
            }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }
    }

    static final String LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"later\",\"params\":[\"abc\"],\"id\":1}";
    static final String FAIL_LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"failLater\",\"id\":2}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
        assertThat(HttpRpc.call(FAIL_LATER))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
            assertThat(client.call(FAIL_LATER))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
        }
    }
}
