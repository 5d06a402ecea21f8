package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A request longer than the largest frame a server takes, but not than its largest message, reaches it: the client
 * sends it in frames of 64K, the largest every server takes by default, as the server sends its answers.
 */
public class LargeRequestTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class));

    @TestHTTPResource
    URL application;

    @Test
    void aRequestOfSeveralFramesIsAnswered() {
        String url = "ws://localhost:" + application.getPort() + "/jsonrpc";
        Calculator calc = JsonRpcClientBuilder.newBuilder().url(url).build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            String text = "y".repeat(200 * 1024);
            assertThat(calc.repeat(text, 1)).isEqualTo(text);
        }
    }
}
