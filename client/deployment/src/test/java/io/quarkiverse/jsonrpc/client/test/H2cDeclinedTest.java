package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A client with {@code http2} asks a server that speaks HTTP/1.1 only to upgrade to {@code h2c}, and is answered in
 * HTTP/1.1, a large result to that first request included: the limit of a REST client's
 * {@code http2-upgrade-max-content-length} (64K) applies to the body of a {@code 101} answer alone, not to this one.
 * The server records the version of each request it serves, and whether it asked to upgrade.
 */
public class H2cDeclinedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, Requests.class))
            .overrideConfigKey("quarkus.http.http2", "false");

    /** Each JSON-RPC request the application served: its version and its {@code Upgrade} header, in order. */
    @Singleton
    public static class Requests {

        final List<String> seen = new CopyOnWriteArrayList<>();

        void record(@Observes Filters filters) {
            filters.register(rc -> {
                if (rc.request().path().equals("/jsonrpc")) {
                    seen.add(rc.request().version() + " Upgrade: " + rc.request().getHeader("Upgrade"));
                }
                rc.next();
            }, 100);
        }
    }

    @Inject
    Requests requests;

    @TestHTTPResource
    URL application;

    @Test
    void aLargeResultToTheUpgradeRequestIsReadWhole() {
        String large = "y".repeat(100 * 1024);
        Calculator calc = JsonRpcClientBuilder.newBuilder()
                .url("http://localhost:" + application.getPort() + "/jsonrpc").http2(true).build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            assertThat(calc.repeat("y", large.length())).isEqualTo(large);
            assertThat(calc.echoText(large)).isEqualTo(large);
        }
        assertThat(requests.seen).containsExactly("HTTP_1_1 Upgrade: h2c", "HTTP_1_1 Upgrade: null");
    }
}
