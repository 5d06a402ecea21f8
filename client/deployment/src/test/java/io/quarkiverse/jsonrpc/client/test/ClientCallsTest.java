package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;

/**
 * The client calling a server of the same application over its real endpoints: HTTP through the injected client,
 * WebSocket through a built one. Every kind of method, on one boot; and one interface both served and called.
 */
public class ClientCallsTest {

    /**
     * The port in the clients' URLs, which must name it before the application starts and takes a free port: a relay
     * to the application's, held for the whole run.
     */
    static final int PORT = SharedTcpRelay.port(ClientCallsTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class,
                    SameServer.class, Sleeper.class, Shared.class, SharedServer.class, Closing.class, Napper.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".headers.\"X-Tenant\"", "acme")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".bearer-token", "t0k3n")
            // the default timeout of a client without @JsonRpc(timeout)
            .overrideConfigKey("quarkus.jsonrpc-client.\"other\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"other\".timeout", "150ms")
            // one connection: a call that timed out must give it back
            .overrideConfigKey("quarkus.jsonrpc-client.\"other\".max-http-connections", "1");

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ClientCallsTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Inject
    @Any
    Instance<Calculator> calculators;

    /** A second interface with the same config key: a client of its own, to the same server. */
    @RegisterJsonRpcClient(configKey = "calc")
    public interface SameServer {
        @JsonRpc
        String echo(String text);
    }

    @Inject
    @JsonRpcClient
    SameServer sameServer;

    /** Closed with try-with-resources: its close() is the client's. */
    @RegisterJsonRpcClient(configKey = "calc")
    public interface Closing extends AutoCloseable {
        @JsonRpc
        String echo(String text);
    }

    /** Another client of the same server, whose configured timeout applies to every call but one. */
    @RegisterJsonRpcClient(configKey = "other")
    public interface Sleeper {
        @JsonRpc
        Uni<Long> sleep(long millis);

        /** Waits longer than the client's timeout: over HTTP too, the method's timeout is the call's. */
        @JsonRpc(value = "sleep", timeout = "30s")
        Uni<Long> sleepPatiently(long millis);
    }

    @Inject
    @JsonRpcClient
    Sleeper sleeper;

    /** Batched calls of {@link CalculatorServer#sleep(long)}, one with a timeout of its own, one without. */
    @RegisterJsonRpcClient(configKey = "calc")
    public interface Napper {
        @JsonRpc(value = "sleep", timeout = "200ms")
        long sleepBriefly(long millis);

        @JsonRpc("sleep")
        long sleep(long millis);
    }

    /** One interface, both served by a bean of this application and called through the client. */
    @RegisterJsonRpcClient(configKey = "calc")
    @JsonRpcNamespace("shared")
    public interface Shared {
        @JsonRpc
        String greet(String name);

        @JsonRpc
        Multi<Integer> countdown(int from);
    }

    /** Serves {@link Shared}: neither a bean-defining annotation nor {@code @JsonRpc} of its own. */
    public static class SharedServer implements Shared {
        @Override
        public String greet(String name) {
            return "Hello " + name;
        }

        @Override
        public Multi<Integer> countdown(int from) {
            return Multi.createFrom().range(0, from).map(i -> from - i);
        }
    }

    @Inject
    @JsonRpcClient
    Shared sharedClient;

    /** Without the qualifier, the bean that serves the interface. */
    @Inject
    Shared sharedServer;

    @Test
    void configuredHeadersAndBearerToken() {
        assertThat(calc.headers()).isEqualTo("acme|Bearer t0k3n|null");
    }

    /** Not a browser: no Origin, which a server's origin check would judge, and refuse behind a proxy. */
    @Test
    void theWebSocketUpgradeCarriesNoOrigin() {
        Calculator ws = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + PORT + "/jsonrpc")
                .build(Calculator.class);
        try {
            assertThat(ws.headers()).isEqualTo("null|null|null");
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    @Test
    void configuredTimeout() {
        assertThatThrownBy(() -> sleeper.sleep(5_000).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(JsonRpcTimeoutException.class)
                .hasMessageEndingWith(" within 0.15s");
    }

    @Test
    void aMethodTimeoutLongerThanTheClientsHoldsOverHttp() {
        assertThat(sleeper.sleepPatiently(600).await().atMost(Duration.ofSeconds(30))).isEqualTo(600);
    }

    @Test
    void aCallThatTimedOutOverHttpGivesItsConnectionBack() {
        assertThatThrownBy(() -> sleeper.sleep(600_000).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(JsonRpcTimeoutException.class);
        // on the client's only connection, which the server would hold for ten minutes
        assertThat(sleeper.sleepPatiently(1).await().atMost(Duration.ofSeconds(30))).isEqualTo(1);
    }

    @Test
    void aLookupWithTheQualifiersLiteralFindsTheClient() {
        assertThat(calculators.select(JsonRpcClient.Literal.INSTANCE).get().subtract(42, 23)).isEqualTo(19);
    }

    @Test
    void aBuildersTimeoutsAreNotNegative() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A call's timeout cannot be negative: -1s (0 waits as long as it takes)");
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().connectTimeout(Duration.ofMillis(-500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The connect timeout cannot be negative: -0.5s (0 puts no limit on it)");
        // Vert.x counts it in an int of milliseconds: 25 days made a negative, refused at build(...) without a name
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().connectTimeout(Duration.ofDays(25)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The connect timeout cannot be longer than 24d: 600h (0 puts no limit on it)");
    }

    @Test
    void aBuilderTakesAtLeastOneHttpConnection() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().maxHttpConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A client needs at least one HTTP connection: 0");
    }

    @Test
    void aBuiltClientOpensNoMoreHttpConnectionsThanItsBuilderAllows() throws Exception {
        try (TcpRelay relay = new TcpRelay()) {
            relay.target(application.getPort());
            Sleeper built = JsonRpcClientBuilder.newBuilder().url("http://localhost:" + relay.port() + "/jsonrpc")
                    .maxHttpConnections(1).build(Sleeper.class);
            try {
                CompletableFuture<Long> first = built.sleep(1000).subscribeAsCompletionStage();
                // sent while the first holds the one connection: it waits for it, where a second one would be opened
                CompletableFuture<Long> second = built.sleep(1).subscribeAsCompletionStage();
                assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
                assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1000);
                assertThat(relay.accepted()).isEqualTo(1);
            } finally {
                ((JsonRpcClientControl) built).close();
            }
        }
    }

    @Test
    void aClosedClientRefusesCallsAtOnce() {
        for (String url : new String[] { "http://localhost:" + PORT + "/jsonrpc", "ws://localhost:" + PORT + "/jsonrpc" }) {
            Calculator closed = JsonRpcClientBuilder.newBuilder().url(url).timeout(Duration.ZERO).build(Calculator.class);
            assertThat(closed.subtract(2, 1)).isEqualTo(1);
            ((JsonRpcClientControl) closed).close();
            assertThatThrownBy(() -> closed.subtractLater(2, 1).await().atMost(Duration.ofSeconds(10)))
                    .isInstanceOf(JsonRpcTransportException.class).isNotInstanceOf(JsonRpcTimeoutException.class)
                    .hasMessage("The JSON-RPC client 'calc' is closed");
        }
    }

    @Test
    void aClientExtendingAutoCloseableIsClosedWithTryWithResources() throws Exception {
        Closing closed;
        try (Closing closing = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + PORT + "/jsonrpc")
                .build(Closing.class)) {
            assertThat(closing.echo("open")).isEqualTo("open");
            closed = closing;
        }
        assertThatThrownBy(() -> closed.echo("closed")).isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The JSON-RPC client 'calc' is closed");
    }

    @Test
    void aBatchEntryIsOneCall() {
        JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
        assertThatThrownBy(() -> batch.add(c -> c.subtract(2, 1) + c.subtract(4, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lambda given to the batch called " + Calculator.class.getName()
                        + "#subtract(int, int) and then " + Calculator.class.getName()
                        + "#subtract(int, int): call one method per add(...), and add each call");
        assertThatThrownBy(() -> batch.add(c -> 42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lambda given to the batch called no method of the client");
        assertThat(batch.size()).isZero();
        JsonRpcBatch.Entry<Integer> difference = batch.add(c -> c.subtract(2, 1));
        batch.sendAndAwait();
        assertThat(difference.get()).isEqualTo(1);
    }

    /** A call added to a batch is sent with its arguments as they were when it was added, as a call on its own is. */
    @Test
    void aBatchSendsTheArgumentsAsTheyWereAdded() {
        JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
        int[] values = { 1, 2 };
        JsonRpcBatch.Entry<Integer> before = batch.add(c -> c.sum(values));
        values[0] = 10;
        JsonRpcBatch.Entry<Integer> after = batch.add(c -> c.sum(values));
        batch.sendAndAwait();
        assertThat(before.get()).isEqualTo(3);
        assertThat(after.get()).isEqualTo(12);
    }

    @Test
    void interfacesSharingAConfigKey() {
        assertThat(sameServer.echo("shared")).isEqualTo("shared");
        assertThat(calc.subtract(3, 2)).isEqualTo(1);
    }

    @Test
    void oneInterfaceServedAndCalled() {
        assertThat(sharedServer).isInstanceOf(SharedServer.class);
        assertThat(sharedClient).isInstanceOf(JsonRpcClientControl.class);
        assertThat(sharedClient.greet("HTTP")).isEqualTo("Hello HTTP");

        Shared ws = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + PORT + "/jsonrpc")
                .paramsStyle(ParamsStyle.NAMED).build(Shared.class);
        try {
            assertThat(ws.greet("WebSocket")).isEqualTo("Hello WebSocket");
            ws.countdown(3).subscribe().withSubscriber(AssertSubscriber.create(10))
                    .awaitCompletion(Duration.ofSeconds(10)).assertItems(3, 2, 1);
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    Calculator overWebSocket(ParamsStyle style) {
        return JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + PORT + "/jsonrpc").paramsStyle(style)
                .build(Calculator.class);
    }

    @Test
    void everyReturnTypeOverHttp() {
        assertThat(calc.subtract(42, 23)).isEqualTo(19);
        assertThat(calc.sum(1, 2, 4)).isEqualTo(7);
        assertThat(calc.echoText("héllo")).isEqualTo("héllo");
        assertThat(calc.mirror(List.of(new Calculator.Point(1, 2)))).containsExactly(new Calculator.Point(-1, -2));
        assertThat(calc.pointAt(List.of(new Calculator.Point(1, 2)), 0)).contains(new Calculator.Point(1, 2));
        assertThat(calc.pointAt(List.of(), 0)).isEmpty();
        // a null result in a JsonNode, as Jackson reads it
        assertThat(calc.pointAtAsTree(List.of(), 0)).isEqualTo(NullNode.getInstance());
        assertThat(calc.pointLater(List.of(new Calculator.Point(3, 4)), 0).await().atMost(Duration.ofSeconds(10)))
                .contains(new Calculator.Point(3, 4));
        // every digit and the scale, both ways
        assertThat(calc.exact(new BigDecimal("12345678901234567890.1234567890")))
                .isEqualByComparingTo("12345678901234567890.1234567890").hasScaleOf(10);
        // the sign of a negative zero, both ways: the square root of -0.0 is -0.0
        assertThat(calc.sqrt(-0.0)).isEqualTo(-0.0);
        assertThat(calc.subtractLater(5, 3).await().atMost(Duration.ofSeconds(10))).isEqualTo(2);
        assertThat(calc.subtractStage(5, 4).toCompletableFuture().join()).isEqualTo(1);
        calc.record("called");
        calc.recordQuietly("notified");
        assertThat(calc.recorded()).contains("called");
        assertThat(((JsonRpcClientControl) calc).configKey()).isEqualTo("calc");
    }

    @Test
    void errorsCarryCodeMessageAndData() {
        assertThatThrownBy(() -> calc.sqrt(-4)).isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
            assertThat(e.code()).isEqualTo(-32011);
            assertThat(e.getMessage()).isEqualTo("Square root of a negative number");
            assertThat(e.data().asDouble()).isEqualTo(-4.0);
            assertThat(e.method()).isEqualTo("sqrt");
        });
    }

    @Test
    void perCallTimeout() {
        assertThatThrownBy(() -> calc.sleep(5_000).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(JsonRpcTimeoutException.class)
                .hasMessage(Calculator.class.getName() + "#sleep(long) (sleep) got no answer from http://localhost:"
                        + PORT + "/jsonrpc within 0.2s");
    }

    @Test
    void batchOverHttp() {
        JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(calc);
        JsonRpcBatch.Entry<Integer> difference = batch.add(c -> c.subtract(42, 23));
        JsonRpcBatch.Entry<Double> root = batch.add(c -> c.sqrt(-1));
        JsonRpcBatch.Entry<Void> note = batch.addVoid(c -> c.recordQuietly("in a batch"));
        JsonRpcBatch.Entry<Integer> sum = batch.add(c -> c.sum(1, 2, 4));
        batch.sendAndAwait();
        assertThat(difference.get()).isEqualTo(19);
        assertThat(sum.get()).isEqualTo(7);
        assertThat(note.isDone()).isTrue();
        assertThat(root.error().code()).isEqualTo(-32011);
        assertThatThrownBy(root::get).isInstanceOf(JsonRpcClientException.class);
    }

    @Test
    void aBatchWaitsForItsCallWithoutTimeout() {
        Napper napper = JsonRpcClientBuilder.newBuilder().url("http://localhost:" + PORT + "/jsonrpc")
                .timeout(Duration.ZERO).build(Napper.class);
        JsonRpcBatch<Napper> batch = JsonRpcBatch.of(napper);
        JsonRpcBatch.Entry<Long> brief = batch.add(n -> n.sleepBriefly(1));
        // longer than the other call's timeout, and the batch's answers come as one
        JsonRpcBatch.Entry<Long> unbounded = batch.add(n -> n.sleep(600));
        batch.send().await().atMost(Duration.ofSeconds(30));
        assertThat(brief.get()).isEqualTo(1);
        assertThat(unbounded.get()).isEqualTo(600);
    }

    @Test
    void aBatchTimesOutAtItsLongestTimeout() {
        Napper napper = JsonRpcClientBuilder.newBuilder().url("http://localhost:" + PORT + "/jsonrpc")
                .timeout(Duration.ofMillis(100)).build(Napper.class);
        JsonRpcBatch<Napper> batch = JsonRpcBatch.of(napper);
        JsonRpcBatch.Entry<Long> brief = batch.add(n -> n.sleepBriefly(1));
        JsonRpcBatch.Entry<Long> asleep = batch.add(n -> n.sleep(600_000));
        assertThatThrownBy(() -> batch.send().await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(JsonRpcTimeoutException.class);
        String napperClass = Napper.class.getName();
        assertThatThrownBy(brief::get).isInstanceOf(JsonRpcTimeoutException.class)
                .hasMessage(
                        "The batch got no answer to its call 1 (" + napperClass + "#sleepBriefly(long)) from http://localhost:"
                                + PORT + "/jsonrpc within 0.2s");
        assertThatThrownBy(asleep::get).isInstanceOf(JsonRpcTimeoutException.class)
                .hasMessage("The batch got no answer to its call 2 (" + napperClass + "#sleep(long)) from http://localhost:"
                        + PORT + "/jsonrpc within 0.2s");
    }

    @Test
    void webSocketWithNamedParams() {
        Calculator ws = overWebSocket(ParamsStyle.NAMED);
        try {
            assertThat(ws.subtract(42, 23)).isEqualTo(19);
            assertThat(ws.subtractLater(23, 42).await().atMost(Duration.ofSeconds(10))).isEqualTo(-19);
            // sent as from_account, the name both sides' @JsonProperty give it
            assertThat(ws.transfer("savings", 5)).isEqualTo("5 from savings");
            JsonRpcBatch<Calculator> batch = JsonRpcBatch.of(ws);
            JsonRpcBatch.Entry<Integer> difference = batch.add(c -> c.subtract(10, 4));
            JsonRpcBatch.Entry<Optional<Calculator.Point>> none = batch.add(c -> c.pointAt(List.of(), 0));
            batch.sendAndAwait();
            assertThat(difference.get()).isEqualTo(6);
            assertThat(none.get()).isEmpty();
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    @Test
    void subscriptionAndServerNotificationsOverWebSocket() {
        Calculator ws = overWebSocket(ParamsStyle.POSITIONAL);
        try {
            AssertSubscriber<Integer> ticks = ws.ticks(3).subscribe().withSubscriber(AssertSubscriber.create(10));
            ticks.awaitCompletion(Duration.ofSeconds(10)).assertItems(0, 1, 2);

            AssertSubscriber<Calculator.Shout> shouts = ws.shouts().subscribe()
                    .withSubscriber(AssertSubscriber.create(10));
            // the shout is sent after the subscription exists, on the same connection
            ws.shout("hey").await().atMost(Duration.ofSeconds(10));
            shouts.awaitItems(1, Duration.ofSeconds(10)).assertItems(new Calculator.Shout("hey"));
            shouts.cancel();

            // a notification without params
            AssertSubscriber<JsonNode> rings = ws.rings().subscribe().withSubscriber(AssertSubscriber.create(10));
            ws.ring().await().atMost(Duration.ofSeconds(10));
            rings.awaitItems(1, Duration.ofSeconds(10)).assertItems(NullNode.getInstance());
            rings.cancel();
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    @Inject
    Vertx vertx;

    @Test
    void blockingCallOnTheEventLoopIsRefused() throws Exception {
        CompletableFuture<Throwable> refused = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            try {
                calc.subtract(2, 1);
                refused.complete(null);
            } catch (RuntimeException e) {
                refused.complete(e);
            }
        });
        assertThat(refused.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(Calculator.class.getName() + "#subtract(int, int) blocks until the server"
                        + " answers, which is not allowed on the event loop (thread vert.x-eventloop-thread-")
                .hasMessageEndingWith("): return Uni or CompletionStage from the client method, or call it from a"
                        + " worker thread (@Blocking)");
    }

    @Test
    void subscriptionOverHttpIsRefused() {
        AssertSubscriber<Integer> ticks = calc.ticks(3).subscribe().withSubscriber(AssertSubscriber.create(10));
        ticks.awaitFailure(Duration.ofSeconds(10)).assertFailedWith(IllegalStateException.class,
                Calculator.class.getName() + "#ticks(int) returns Multi, a subscription, which only a WebSocket"
                        + " carries: set quarkus.jsonrpc-client.\"calc\".url to a ws:// or wss:// URL");
    }
}
