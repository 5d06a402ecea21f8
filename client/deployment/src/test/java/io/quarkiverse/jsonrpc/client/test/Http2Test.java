package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.testsupport.SelfSignedKeyPair;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpVersion;

/**
 * With {@code http2}, the HTTP transport speaks HTTP/2 to a server that does: {@code h2} over TLS, agreed in the
 * handshake (ALPN), and {@code h2c} in clear text, agreed by upgrading the first request's connection. With
 * {@code alpn} alone, {@code h2} over TLS, and HTTP/1.1 in clear text. Without either, HTTP/1.1. The server records the
 * version of each request it serves.
 */
public class Http2Test {

    static final SelfSignedKeyPair KEY_PAIR = SelfSignedKeyPair.in(Path.of("target", "http2-test"));

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, Versions.class))
            .overrideConfigKey("quarkus.http.test-ssl-port", "0")
            .overrideConfigKey("quarkus.tls.key-store.p12.path", KEY_PAIR.keyStore().toString())
            .overrideConfigKey("quarkus.tls.key-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.tls.\"trusting\".trust-store.p12.path", KEY_PAIR.trustStore().toString())
            .overrideConfigKey("quarkus.tls.\"trusting\".trust-store.p12.password", SelfSignedKeyPair.PASSWORD);

    /** The HTTP version of each JSON-RPC request the application served, in order. */
    @Singleton
    public static class Versions {

        final List<HttpVersion> seen = new CopyOnWriteArrayList<>();

        void record(@Observes Filters filters) {
            filters.register(rc -> {
                if (rc.request().path().equals("/jsonrpc")) {
                    seen.add(rc.request().version());
                }
                rc.next();
            }, 100);
        }
    }

    @Inject
    Versions versions;

    @TestHTTPResource
    URL application;

    @TestHTTPResource(tls = true)
    URL secureApplication;

    @Test
    void h2cOverPlainHttp() {
        assertThat(versionsOfTwoCalls("http://localhost:" + application.getPort(), builder -> builder.http2(true)))
                .containsExactly(HttpVersion.HTTP_2, HttpVersion.HTTP_2);
    }

    /**
     * The request that asks for the upgrade is served over HTTP/2 whatever its size: Vert.x's limit of 64K, a REST
     * client's {@code http2-upgrade-max-content-length}, bounds the body of the server's {@code 101} answer, which has
     * none, not the request's.
     */
    @Test
    void h2cUpgradeOfAFirstRequestOver64K() {
        versions.seen.clear();
        String large = "y".repeat(100 * 1024);
        Calculator calc = JsonRpcClientBuilder.newBuilder()
                .url("http://localhost:" + application.getPort() + "/jsonrpc").http2(true).build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            assertThat(calc.echoText(large)).isEqualTo(large);
            assertThat(calc.subtract(42, 23)).isEqualTo(19);
        }
        assertThat(versions.seen).containsExactly(HttpVersion.HTTP_2, HttpVersion.HTTP_2);
    }

    @Test
    void h2OverTls() {
        assertThat(versionsOfTwoCalls("https://localhost:" + secureApplication.getPort(),
                builder -> builder.http2(true).tlsConfigurationName("trusting")))
                .containsExactly(HttpVersion.HTTP_2, HttpVersion.HTTP_2);
    }

    @Test
    void h2OverTlsWithAlpn() {
        assertThat(versionsOfTwoCalls("https://localhost:" + secureApplication.getPort(),
                builder -> builder.alpn(true).tlsConfigurationName("trusting")))
                .containsExactly(HttpVersion.HTTP_2, HttpVersion.HTTP_2);
    }

    @Test
    void http11OverPlainHttpWithAlpn() {
        assertThat(versionsOfTwoCalls("http://localhost:" + application.getPort(), builder -> builder.alpn(true)))
                .containsExactly(HttpVersion.HTTP_1_1, HttpVersion.HTTP_1_1);
    }

    @Test
    void http11ByDefault() {
        assertThat(versionsOfTwoCalls("https://localhost:" + secureApplication.getPort(),
                builder -> builder.tlsConfigurationName("trusting")))
                .containsExactly(HttpVersion.HTTP_1_1, HttpVersion.HTTP_1_1);
        assertThat(versionsOfTwoCalls("http://localhost:" + application.getPort(), builder -> builder))
                .containsExactly(HttpVersion.HTTP_1_1, HttpVersion.HTTP_1_1);
    }

    /** The versions the server saw of two calls of a client of {@code builder} at {@code server}. */
    private List<HttpVersion> versionsOfTwoCalls(String server, UnaryOperator<JsonRpcClientBuilder> builder) {
        versions.seen.clear();
        Calculator calc = builder.apply(JsonRpcClientBuilder.newBuilder().url(server + "/jsonrpc"))
                .build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            assertThat(calc.subtract(42, 23)).isEqualTo(19);
            assertThat(calc.echoText("again")).isEqualTo("again");
        }
        return List.copyOf(versions.seen);
    }
}
