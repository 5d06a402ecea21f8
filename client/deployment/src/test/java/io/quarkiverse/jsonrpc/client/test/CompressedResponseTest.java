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
 * An HTTP client that asks for compressed responses gets a large result from a server that compresses
 * ({@code quarkus.http.enable-compression}) in a fraction of its bytes, and reads it whole. It asks by default where
 * the application's own server compresses, as a REST client does; told not to, it gets the result whole. The bytes
 * are counted on their way, by a relay between client and server.
 */
public class CompressedResponseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.http.enable-compression", "true");

    static final String TEXT = "json-rpc ";
    static final int TIMES = 2000;
    static final String LARGE = TEXT.repeat(TIMES);

    @TestHTTPResource
    URL application;

    @Test
    void compressedByDefaultWhereTheApplicationCompresses() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder)).isLessThan(LARGE.length() / 10);
    }

    @Test
    void wholeWhenCompressionIsOff() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder.enableCompression(false))).isGreaterThan(LARGE.length());
    }

    /** The bytes that came to a client of {@code builder} calling {@code repeat(TEXT, TIMES)}, which it read whole. */
    private long bytesOfTheAnswer(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        try (TcpRelay relay = new TcpRelay(application::getPort)) {
            Calculator calc = builder.apply(JsonRpcClientBuilder.newBuilder()
                    .url("http://localhost:" + relay.port() + "/jsonrpc")).build(Calculator.class);
            try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
                assertThat(calc.repeat(TEXT, TIMES)).isEqualTo(LARGE);
            }
            return relay.bytesToClients();
        }
    }
}
