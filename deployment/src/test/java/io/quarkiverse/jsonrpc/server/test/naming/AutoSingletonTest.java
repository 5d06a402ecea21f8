package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A class with {@code @JsonRpc} methods and no bean annotation becomes a {@code @Singleton} bean. */
public class AutoSingletonTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, HttpRpc.class));

    /** No bean-defining annotation. */
    public static class Counter {
        private int count;

        @JsonRpc
        public synchronized int next() {
            return ++count;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void oneInstanceServesEveryCallOnEveryTransport() throws Exception {
        assertThat(Arc.container().instance(Counter.class).getBean().getScope()).isEqualTo(Singleton.class);

        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        }
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":3}");
    }
}
