package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A call made while the client pauses between reconnection attempts does not wait for the next one: it opens the
 * connection itself, and fails at once where the server is still away; once the server is back, the connection the
 * call opened is the one the notification stream receives on again.
 */
public class CallWhileReconnectingTest {

    static final Duration AWAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, LogWatch.class))
            // the configured client is not used: the test builds one to its relay
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc.client\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void aCallDoesNotWaitForTheNextAttempt() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            relay.target(endpoint.getPort());
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            // pauses far longer than the test: only a call can reconnect within it
            Calculator calc = JsonRpcClientBuilder.newBuilder().url(url)
                    .reconnectDelays(Duration.ofMinutes(10), Duration.ofMinutes(10)).build(Calculator.class);
            try {
                AssertSubscriber<Calculator.Shout> shouts = calc.shouts().subscribe()
                        .withSubscriber(AssertSubscriber.create(10));
                assertThat(calc.echoText("connected")).isEqualTo("connected");

                relay.cut();
                // the attempt at once after the drop failed: the next is ten minutes away
                log.await("Reconnecting to " + url + " in 600000 ms", AWAIT);
                assertThatThrownBy(() -> calc.echoText("away")).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessageStartingWith("Cannot connect to " + url + ": ");

                relay.restore();
                assertThat(calc.echoText("back")).isEqualTo("back");
                calc.shout("again").await().atMost(AWAIT);
                shouts.awaitItems(1, AWAIT).assertItems(new Calculator.Shout("again"));
                shouts.assertNotTerminated();
            } finally {
                ((JsonRpcClientControl) calc).close();
            }
        }
    }
}
