package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.SelfSignedKeyPair;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** The compression threshold over wss: the HTTPS server's options give the level of its connections' encoders. */
public class CompressionOverTlsTest {

    static final SelfSignedKeyPair KEY_PAIR = SelfSignedKeyPair.in(Path.of("target", "compression-over-tls-test"));

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.class,
                    TransportDefaultsTest.Texts.class, CompressionOnTest.class))
            .overrideConfigKey("quarkus.http.test-ssl-port", "0")
            .overrideConfigKey("quarkus.tls.key-store.p12.path", KEY_PAIR.keyStore().toString())
            .overrideConfigKey("quarkus.tls.key-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    @TestHTTPResource(value = "/jsonrpc", tls = true)
    URI uri;

    @Test
    void smallAnswersUncompressedLargeOnesCompressed() {
        try (WebSocketTestConnection connection = JsonRpcTestClient.builder().sslContext(KEY_PAIR.trustingContext())
                .header("Sec-WebSocket-Extensions", TransportDefaultsTest.OFFER).connection(uri)) {
            assertThat(uri.getScheme()).isEqualTo("https");
            CompressionOnTest.assertSmallAndLargeInTurn(connection, 2);
        }
    }
}
