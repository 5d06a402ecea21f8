package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * The client against this project's server where the server refuses a message whole (id null), over HTTP and over a
 * WebSocket, where the error answers the only message on its way, and what a closed client's notification streams do.
 */
public class ServerRefusalsAndClosingTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, Echo.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:1/jsonrpc")
            // the server refuses a message with a longer string: -32700 Parse error, id null
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-string-length", "100")
            .overrideConfigKey("quarkus.jsonrpc-server.max-batch-size", "2")
            // a longer message closes the connection with 1009: no error answers it
            .overrideConfigKey("quarkus.websockets-next.server.max-message-size", "4096");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    /** Calls of {@link CalculatorServer} that a test can keep on their way, and a notification. */
    @RegisterJsonRpcClient(configKey = "echo")
    public interface Echo {
        @JsonRpc
        Uni<String> echo(String text);

        @JsonRpc(value = "echo", timeout = "500ms")
        Uni<String> echoBriefly(String text);

        /** The server answers after the millis; the client waits longer than a test. */
        @JsonRpc(timeout = "10m")
        Uni<Long> sleep(long millis);

        @JsonRpc("record")
        @JsonRpcNotification
        Uni<Void> recordQuietly(String entry);
    }

    Echo echo(Duration timeout) {
        return JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + endpoint.getPort() + "/jsonrpc")
                .timeout(timeout).build(Echo.class);
    }

    /** What the server answers a message with a string of {@link #LONG} in its params. */
    static final String TOO_LONG = "The message has a string longer than 100 characters, the limit of"
            + " quarkus.jsonrpc-server.limits.max-string-length (line 1, column ";

    Calculator client(String scheme, Duration timeout) {
        return JsonRpcClientBuilder.newBuilder().url(scheme + "://localhost:" + endpoint.getPort() + "/jsonrpc")
                .timeout(timeout).build(Calculator.class);
    }

    static final String LONG = "x".repeat(1000);
    /** What a stream ends with when its client is closed, and what a call on a closed client fails with. */
    static final String CLOSED = "The JSON-RPC client 'calc' was closed";
    static final String REFUSED_CLOSED = "The JSON-RPC client 'calc' is closed";

    /** The call fails at once with the server's -32700. */
    @Test
    void aRefusedCallOverHttpFailsWithTheServersError() {
        Calculator calc = client("http", Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            assertParseError(catchThrowable(() -> calc.echoText(LONG)));
        }
    }

    static void assertParseError(Throwable failure) {
        assertThat(failure).isInstanceOf(JsonRpcClientException.class).hasMessage("Parse error");
        assertThat(((JsonRpcClientException) failure).code()).isEqualTo(-32700);
        assertThat(((JsonRpcClientException) failure).data().asText()).startsWith(TOO_LONG);
    }

    /**
     * Over a WebSocket, the error does not say which message it answers: where the call is the only one on its way,
     * it fails at once with the server's error, as over HTTP, rather than waiting without end (the client has no
     * timeout), and the connection serves the next call.
     */
    @Test
    void aRefusedCallOverWebSocketAloneOnItsWayFailsWithTheServersError() {
        Echo echo = echo(Duration.ZERO);
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo) {
            assertThat(echo.echo("connected").await().atMost(AWAIT)).isEqualTo("connected");
            assertParseError(catchThrowable(() -> echo.echo(LONG).await().atMost(AWAIT)));
            assertThat(echo.echo("after").await().atMost(AWAIT)).isEqualTo("after");
        }
    }

    /** A message over the server's max-message-size closes the connection: the call fails at once, saying so. */
    @Test
    void aCallOverTheServersMessageSizeOverWebSocketFailsAsItsConnectionCloses() {
        Echo echo = echo(Duration.ZERO);
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo) {
            assertThat(echo.echo("connected").await().atMost(AWAIT)).isEqualTo("connected");
            assertThat(catchThrowable(() -> echo.echo("x".repeat(5000)).await().atMost(AWAIT)))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage("The WebSocket connection to"
                            + " ws://localhost:" + endpoint.getPort() + "/jsonrpc closed (1009 Message too big: over"
                            + " 4096 bytes) before the answer arrived");
            assertThat(echo.echo("after").await().atMost(AWAIT)).isEqualTo("after");
        }
    }

    /**
     * Two calls on their way: the error may answer either, so it answers neither, and is logged with the server's
     * code and message, naming the client. The refused call waits for an answer of its own until its timeout.
     */
    @Test
    void aRefusedCallOverWebSocketBesideAnotherIsLoggedNotGuessed() {
        Echo echo = echo(Duration.ZERO);
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo;
                LogWatch log = LogWatch.extension()) {
            assertThat(echo.echo("connected").await().atMost(AWAIT)).isEqualTo("connected");
            // answered after the test: its connection closes first, which cancels it on the server
            echo.sleep(600_000).subscribe().with(ignored -> {
            }, ignored -> {
            });
            assertThat(catchThrowable(() -> echo.echoBriefly(LONG).await().atMost(AWAIT)))
                    .isInstanceOf(JsonRpcTimeoutException.class).hasMessage(Echo.class.getName() + "#echoBriefly("
                            + "java.lang.String) (echo) got no answer from ws://localhost:" + endpoint.getPort()
                            + "/jsonrpc within 0.5s");
            String logged = LogWatch.message(log.await("with a null id", AWAIT));
            assertThat(logged).startsWith("ws://localhost:" + endpoint.getPort() + "/jsonrpc sent error -32700 Parse"
                    + " error (" + TOO_LONG).endsWith(") with a null id on the connection of the JSON-RPC client"
                            + " 'echo': it answers a message the server could not read, which is not known here: the"
                            + " calls on their way wait for their own answers, or time out");
            assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() == Level.WARNING.intValue())
                    .extracting(LogWatch::message).containsExactly(logged);
        }
    }

    /** A batch over the server's max-batch-size: every entry gets the server's -32600. */
    @Test
    void aBatchTooLargeOverHttp() {
        batchTooLarge("http");
    }

    /** Over a WebSocket, the batch alone on its way is the message the error answers: every entry gets it at once. */
    @Test
    void aBatchTooLargeOverWebSocket() {
        batchTooLarge("ws");
    }

    void batchTooLarge(String scheme) {
        Calculator calc = client(scheme, Duration.ZERO);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
            List<JsonRpcBatch.Entry<Integer>> entries = List.of(batch.add(c -> c.subtract(3, 1)),
                    batch.add(c -> c.subtract(4, 1)), batch.add(c -> c.subtract(5, 1)));
            catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.isDone()).as("entry answered").isTrue();
                assertThat(entry.error()).isNotNull().hasMessage("Invalid Request");
                assertThat(entry.error().code()).isEqualTo(-32600);
                assertThat(entry.error().data().asText()).isEqualTo("A batch of 3 requests exceeds the limit of 2"
                        + " (quarkus.jsonrpc-server.max-batch-size)");
            });
        }
    }

    /** A notification the server refuses with -32700 (its message is too long for the server to read) fails. */
    @Test
    void aNotificationTheServerRefusesOverHttp() {
        Calculator calc = client("http", Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            Throwable failure = catchThrowable(() -> calc.recordQuietly(LONG));
            assertThat(calc.recorded()).doesNotContain(LONG);
            assertParseError(failure);
        }
    }

    /**
     * Over a WebSocket, a notification's Uni completes once it is written; the server's refusal, which answers the
     * only message on its way, is logged, naming the client.
     */
    @Test
    void aNotificationTheServerRefusesOverWebSocketIsLogged() {
        Echo echo = echo(Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo;
                LogWatch log = LogWatch.extension()) {
            assertThat(echo.echo("connected").await().atMost(AWAIT)).isEqualTo("connected");
            echo.recordQuietly(LONG).await().atMost(AWAIT);
            assertThat(LogWatch.message(log.await("with a null id", AWAIT))).startsWith("ws://localhost:"
                    + endpoint.getPort() + "/jsonrpc sent error -32700 Parse error (" + TOO_LONG).endsWith(") with a"
                            + " null id on the connection of the JSON-RPC client 'echo': it answers a message of"
                            + " notifications, which the server did not take");
        }
    }

    /**
     * A notification over the server's max-message-size closes the connection with 1009. Its caller was told it was
     * sent once written: a notification has no answer, and the close may refuse any message not yet read. The client
     * logs the refusal, naming the notifications it may be, and the connection serves the next call.
     */
    @Test
    void aNotificationOverTheServersMessageSizeOverWebSocketIsLoggedAsPossiblyRefused() {
        Echo echo = echo(Duration.ofSeconds(30));
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo;
                LogWatch log = LogWatch.extension()) {
            assertThat(echo.echo("connected").await().atMost(AWAIT)).isEqualTo("connected");
            echo.recordQuietly("x".repeat(5000)).await().atMost(AWAIT);
            assertThat(LogWatch.message(log.await("as too large", AWAIT))).isEqualTo("The WebSocket connection to"
                    + " ws://localhost:" + endpoint.getPort() + "/jsonrpc closed (1009 Message too big: over 4096"
                    + " bytes): the server refused a message of the JSON-RPC client 'echo' as too large, which may be"
                    + " one of 1 notification(s) sent since the server last answered: a notification's caller is told"
                    + " it was sent once it is written");
            assertThat(echo.echo("after").await().atMost(AWAIT)).isEqualTo("after");
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
        assertThat(shouts.getFailure()).isInstanceOf(JsonRpcTransportException.class).hasMessage(CLOSED);
        assertThat(catchThrowable(() -> calc.echoText("x"))).isInstanceOf(JsonRpcTransportException.class)
                .hasMessage(REFUSED_CLOSED);
    }

    /** Subscribing to the notifications of a client already closed fails, as a call on it does. */
    @Test
    void aNotificationStreamOfAClosedClientFails() {
        Calculator calc = client("ws", Duration.ofSeconds(30));
        ((JsonRpcClientControl) calc).close();
        AssertSubscriber<Calculator.Shout> shouts = calc.shouts().subscribe().withSubscriber(AssertSubscriber.create(10));
        shouts.awaitFailure(AWAIT);
        assertThat(shouts.getFailure()).isInstanceOf(JsonRpcTransportException.class).hasMessage(CLOSED);
        // for comparison: a call on it fails at once
        assertThat(catchThrowable(() -> calc.echoText("x"))).isInstanceOf(JsonRpcTransportException.class)
                .hasMessage(REFUSED_CLOSED);
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
