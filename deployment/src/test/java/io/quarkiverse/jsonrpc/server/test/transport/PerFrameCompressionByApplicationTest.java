package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/** The extension's compression policy is a default: an application's own customizer of the server options wins. */
public class PerFrameCompressionByApplicationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.class, TransportDefaultsTest.Texts.class,
                    PerFrameDeflateOn.class));

    @Singleton
    public static class PerFrameDeflateOn implements HttpServerOptionsCustomizer {
        @Override
        public void customizeHttpServer(HttpServerOptions options) {
            options.setPerFrameWebSocketCompressionSupported(true);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void perFrameDeflateTurnedOnByTheApplicationIsAgreed() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offering(uri, "deflate-frame")) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isEqualTo("deflate-frame");
        }
        try (WebSocketTestConnection connection = TransportDefaultsTest.offeringDeflate(uri)) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isNull();
        }
    }
}
