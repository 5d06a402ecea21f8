package io.quarkiverse.jsonrpc.server.test.transport;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Behind a proxy that ends TLS, whose forwarded headers Quarkus trusts, the upgrade request says https while the
 * connection is the HTTP server's: the threshold is that server's, and small answers still go out uncompressed.
 */
public class CompressionBehindProxyTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.class,
                    TransportDefaultsTest.Texts.class, CompressionOnTest.class))
            .overrideConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideConfigKey("quarkus.http.proxy.allow-x-forwarded", "true")
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void smallAnswersUncompressedLargeOnesCompressed() {
        try (WebSocketTestConnection connection = JsonRpcTestClient.builder()
                .header("Sec-WebSocket-Extensions", TransportDefaultsTest.OFFER)
                .header("X-Forwarded-Proto", "https").connection(uri)) {
            CompressionOnTest.assertSmallAndLargeInTurn(connection, 2);
        }
    }
}
