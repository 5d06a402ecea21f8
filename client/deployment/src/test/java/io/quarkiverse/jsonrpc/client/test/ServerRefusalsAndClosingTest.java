package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * The client against this project's server where the server refuses a message whole (id null), and what a closed
 * client's notification streams do.
 */
public class ServerRefusalsAndClosingTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:1/jsonrpc")
            // the server refuses a message with a longer string: -32700 Parse error, id null
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-string-length", "100")
            .overrideConfigKey("quarkus.jsonrpc-server.max-batch-size", "2");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    Calculator client(String scheme, Duration timeout) {
        return JsonRpcClientBuilder.newBuilder().url(scheme + "://localhost:" + endpoint.getPort() + "/jsonrpc")
                .timeout(timeout).build(Calculator.class);
    }

    static final String LONG = "x".repeat(1000);

    /** The call fails at once with the server's -32700. */
    @Test
    void aRefusedCallOverHttpFailsWithTheServersError() {
        Calculator calc = client("http", Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            Throwable failure = catchThrowable(() -> calc.echoText(LONG));
            assertThat(failure).isInstanceOf(JsonRpcClientException.class);
            assertThat(((JsonRpcClientException) failure).code()).isEqualTo(-32700);
        }
    }

    /** A batch over the server's max-batch-size: every entry gets the server's -32600. */
    @Test
    void aBatchTooLargeOverHttp() {
        batchTooLarge("http");
    }

    void batchTooLarge(String scheme) {
        Calculator calc = client(scheme, Duration.ZERO);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
            JsonRpcBatch.Entry<Integer> a = batch.add(c -> c.subtract(3, 1));
            batch.add(c -> c.subtract(4, 1));
            batch.add(c -> c.subtract(5, 1));
            catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(a.isDone()).as("entry answered").isTrue();
            assertThat(a.error()).isNotNull();
            assertThat(a.error().code()).isEqualTo(-32600);
        }
    }

    /** A notification the server refuses with -32700 (its message is too long for the server to read) fails. */
    @Test
    void aNotificationTheServerRefusesOverHttp() {
        Calculator calc = client("http", Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            Throwable failure = catchThrowable(() -> calc.recordQuietly(LONG));
            assertThat(calc.recorded()).doesNotContain(LONG);
            assertThat(failure).isInstanceOf(JsonRpcClientException.class);
            assertThat(((JsonRpcClientException) failure).code()).isEqualTo(-32700);
        }
    }

    /** A closed client refuses calls at once, and ends its subscriptions and its notification streams. */
    @Test
    void aNotificationStreamEndsWhenItsClientCloses() {
        Calculator calc = client("ws", Duration.ofSeconds(30));
        AssertSubscriber<Calculator.Shout> shouts = calc.shouts().subscribe().withSubscriber(AssertSubscriber.create(10));
        assertThat(calc.echoText("connected")).isEqualTo("connected");
        ((JsonRpcClientControl) calc).close();
        shouts.awaitFailure(AWAIT);
        assertThat(shouts.getFailure()).isInstanceOf(JsonRpcTransportException.class);
    }

    /** Subscribing to the notifications of a client already closed fails, as a call on it does. */
    @Test
    void aNotificationStreamOfAClosedClientFails() {
        Calculator calc = client("ws", Duration.ofSeconds(30));
        ((JsonRpcClientControl) calc).close();
        AssertSubscriber<Calculator.Shout> shouts = calc.shouts().subscribe().withSubscriber(AssertSubscriber.create(10));
        shouts.awaitFailure(AWAIT);
        assertThat(shouts.getFailure()).isInstanceOf(JsonRpcTransportException.class);
        // for comparison: a call on it fails at once
        assertThat(catchThrowable(() -> calc.echoText("x"))).isInstanceOf(JsonRpcTransportException.class);
    }

    /** JSON-RPC has no empty batch ("an empty Array" is an invalid request): sending one fails before it goes. */
    @Test
    void anEmptyBatchIsNotReportedAsAnswered() {
        Calculator calc = client("http", Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
            Throwable failure = catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(failure).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This batch has no calls: add one before sending it");
        }
    }
}
