package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

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
 * whole; one that does not offer it, the default, gets it whole. The bytes are counted on their way, by a relay between
 * client and server.
 */
public class WebSocketCompressionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true");

    static final String TEXT = "json-rpc ";
    static final int TIMES = 2000;
    static final String LARGE = TEXT.repeat(TIMES);

    @TestHTTPResource
    URL application;

    @Test
    void compressedWhenOffered() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder.offerPerMessageCompression(true)))
                .isLessThan(LARGE.length() / 10);
    }

    @Test
    void wholeByDefault() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder)).isGreaterThan(LARGE.length());
    }

    /** The bytes that came to a client of {@code builder} calling {@code repeat(TEXT, TIMES)}, which it read whole. */
    private long bytesOfTheAnswer(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        try (TcpRelay relay = new TcpRelay(application::getPort)) {
            Calculator calc = builder.apply(JsonRpcClientBuilder.newBuilder()
                    .url("ws://localhost:" + relay.port() + "/jsonrpc")).build(Calculator.class);
            try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
                assertThat(calc.repeat(TEXT, TIMES)).isEqualTo(LARGE);
            }
            return relay.bytesToClients();
        }
    }
}
