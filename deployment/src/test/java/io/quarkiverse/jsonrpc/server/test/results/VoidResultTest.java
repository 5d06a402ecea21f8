package io.quarkiverse.jsonrpc.server.test.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** A method with nothing to return ({@code void}, {@code Uni<Void>}) answers a request with {@code "result":null}. */
public class VoidResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Log.class, HttpRpc.class));

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

    @Inject
    Log log;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"h1\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"h2\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        assertThat(log.lines()).contains("h1", "h2");
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"w1\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"w2\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        }
        assertThat(log.lines()).contains("w1", "w2");
    }
}
