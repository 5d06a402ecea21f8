package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A WebSocket client that offers per-message compression gets a large result from a server that agrees
 * ({@code quarkus.websockets-next.server.per-message-compression-supported}) in a fraction of its bytes, and reads it
 * whole; one that does not offer it, the default, gets it whole. The bytes are counted on their way, by a relay between
 * client and server.
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

    private long bytesOfTheAnswer(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        return RelayedAnswer.bytesOf("ws", application.getPort(), builder);
    }
}
