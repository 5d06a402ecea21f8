package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A WebSocket client that offers per-message compression gets a large result from a server that agrees
 * ({@code quarkus.websockets-next.server.per-message-compression-supported}) in a fraction of its bytes, and reads it
 * whole; one that does not offer it, the default, gets it whole. What the client sends it deflates at its
 * {@code compression-level}: a large request goes in a fraction of its bytes at the default level, and whole, in
 * deflate's stored blocks, at level 0. The bytes are counted on their way, by a relay between client and server.
 */
public class WebSocketCompressionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, RelayedAnswer.class))
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    @TestHTTPResource
    URL application;

    @Test
    void compressedWhenOffered() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder.offerPerMessageCompression(true)))
                .isLessThan(RelayedAnswer.LARGE.length() / 10);
    }

    @Test
    void wholeByDefault() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder)).isGreaterThan(RelayedAnswer.LARGE.length());
    }

    @Test
    void requestDeflatedAtTheDefaultLevel() throws IOException {
        assertThat(bytesOfTheRequest(builder -> builder.offerPerMessageCompression(true)))
                .isLessThan(RelayedAnswer.LARGE.length() / 10);
    }

    @Test
    void requestWholeAtLevelZero() throws IOException {
        assertThat(bytesOfTheRequest(builder -> builder.offerPerMessageCompression(true).compressionLevel(0)))
                .isGreaterThan(RelayedAnswer.LARGE.length());
    }

    @Test
    void levelOutsideDeflatesRefused() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().compressionLevel(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A compression level is from 0 (not at all) to 9 (hardest): 10");
    }

    private long bytesOfTheAnswer(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        return RelayedAnswer.bytesOf("ws", application.getPort(), builder);
    }

    /** The bytes a client of {@code builder} sent, upgrade request included, calling with the large text. */
    private long bytesOfTheRequest(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        try (TcpRelay relay = new TcpRelay(application::getPort)) {
            Calculator calc = builder.apply(JsonRpcClientBuilder.newBuilder()
                    .url("ws://localhost:" + relay.port() + "/jsonrpc")).build(Calculator.class);
            try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
                assertThat(calc.echoText(RelayedAnswer.LARGE)).isEqualTo(RelayedAnswer.LARGE);
            }
            return relay.bytesToTargets();
        }
    }
}
