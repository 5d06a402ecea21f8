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
 * An HTTP client that asks for compressed responses gets a large result from a server that compresses
 * ({@code quarkus.http.enable-compression}) in a fraction of its bytes, and reads it whole. It asks by default where
 * the application's own server compresses, as a REST client does; told not to, it gets the result whole. The bytes
 * are counted on their way, by a relay between client and server.
 */
public class CompressedResponseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, RelayedAnswer.class))
            .overrideConfigKey("quarkus.http.enable-compression", "true");

    @TestHTTPResource
    URL application;

    @Test
    void compressedByDefaultWhereTheApplicationCompresses() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder)).isLessThan(RelayedAnswer.LARGE.length() / 10);
    }

    @Test
    void wholeWhenCompressionIsOff() throws IOException {
        assertThat(bytesOfTheAnswer(builder -> builder.enableCompression(false)))
                .isGreaterThan(RelayedAnswer.LARGE.length());
    }

    private long bytesOfTheAnswer(UnaryOperator<JsonRpcClientBuilder> builder) throws IOException {
        return RelayedAnswer.bytesOf("http", application.getPort(), builder);
    }
}
