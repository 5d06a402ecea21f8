package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;

/** A class with {@code @JsonRpc} methods and no bean annotation becomes a {@code @Singleton} bean. */
public class AutoSingletonTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, HttpRpc.class, WsClient.class));

    /** No bean-defining annotation. */
    public static class Counter {
        private int count;

        @JsonRpc
        public synchronized int next() {
            return ++count;
        }
    }

    @Inject
    Vertx vertx;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void oneInstanceServesEveryCallOnEveryTransport() throws Exception {
        assertThat(Arc.container().instance(Counter.class).getBean().getScope()).isEqualTo(Singleton.class);

        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        try (WsClient client = WsClient.connect(vertx, uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        }
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":3}");
    }
}
