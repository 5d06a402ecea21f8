package io.quarkiverse.jsonrpc.server.test.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * Results that are not plain values, over both transports: a {@code CompletionStage} is answered when it completes,
 * later and on another thread, with its value or error; a method with nothing to return ({@code void},
 * {@code Uni<Void>}) answers a request with {@code "result":null}.
 */
public class AsyncAndVoidResultsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Async.class, Log.class, HttpRpc.class));

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

    public static class Log {
        private final List<String> lines = new CopyOnWriteArrayList<>();

        public List<String> lines() {
            return lines;
        }

        @JsonRpc
        public void append(String line) {
            lines.add(line);
        }

        @JsonRpc
        public Uni<Void> appendLater(String line) {
            return Uni.createFrom().voidItem().invoke(() -> lines.add(line));
        }
    }

    static final String LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"later\",\"params\":[\"abc\"],\"id\":1}";
    static final String FAIL_LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"failLater\",\"id\":2}";

    @Inject
    Log log;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void completionStageOverHttp() {
        assertThat(HttpRpc.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
        assertThat(HttpRpc.call(FAIL_LATER))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
    }

    @Test
    void completionStageOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
            assertThat(client.call(FAIL_LATER))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
        }
    }

    @Test
    void voidOverHttp() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"h1\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"h2\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        assertThat(log.lines()).contains("h1", "h2");
    }

    @Test
    void voidOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"w1\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"w2\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        }
        assertThat(log.lines()).contains("w1", "w2");
    }
}
