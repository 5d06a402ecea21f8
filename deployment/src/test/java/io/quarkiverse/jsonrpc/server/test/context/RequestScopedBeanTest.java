package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * Each call runs in a request context of its own: a {@code @RequestScoped} bean starts fresh, and stays usable until
 * an asynchronous result completes.
 */
public class RequestScopedBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CallState.class, Service.class, HttpRpc.class));

    @RequestScoped
    public static class CallState {
        private String value = "fresh";

        /** Returns the value before. */
        public String replace(String value) {
            String before = this.value;
            this.value = value;
            return before;
        }

        public String value() {
            return value;
        }
    }

    public static class Service {
        @Inject
        CallState state;

        @JsonRpc
        public String blocking(String value) {
            return state.replace(value) + "->" + state.value();
        }

        @JsonRpc
        public Uni<String> async(String value) {
            String before = state.replace(value);
            return Uni.createFrom().item(before).onItem().delayIt().by(Duration.ofMillis(20))
                    .map(b -> b + "->" + state.value());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        for (int id = 1; id <= 2; id++) {
            assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"blocking\",\"params\":[\"b\"],\"id\":" + id + "}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->b\",\"id\":" + id + "}");
            assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"async\",\"params\":[\"a\"],\"id\":" + id + "}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->a\",\"id\":" + id + "}");
        }
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            for (int id = 1; id <= 2; id++) {
                assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"blocking\",\"params\":[\"b\"],\"id\":" + id + "}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->b\",\"id\":" + id + "}");
                assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"async\",\"params\":[\"a\"],\"id\":" + id + "}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->a\",\"id\":" + id + "}");
            }
        }
    }
}
