package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * With subscriptions.resubscribe=true, subscriptions subscribe again once reconnected: that whose subscribe call was
 * in flight when the connection dropped too.
 */
public class ResubscribeInFlightTest {

    /**
     * Closes the connection on the first request to each path; later ones get subscription "s1" and its item 42.
     */
    static final Vertx VERTX = Vertx.vertx();
    static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    static final HttpServer SERVER = VERTX.createHttpServer()
            .webSocketHandler(ws -> ws.textMessageHandler(text -> {
                JsonObject request = new JsonObject(text);
                if (!request.containsKey("method") || !request.containsKey("id")) {
                    return;
                }
                if (REQUESTS.computeIfAbsent(ws.path(), path -> new AtomicInteger()).incrementAndGet() == 1) {
                    ws.close((short) 1011, "Server restarting");
                    return;
                }
                ws.writeTextMessage("{\"jsonrpc\":\"2.0\",\"result\":\"s1\",\"id\":" + request.getValue("id") + "}");
                ws.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":"
                        + "{\"subscription\":\"s1\",\"result\":42}}");
            }))
            .listen(0).toCompletionStage().toCompletableFuture().join();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ticker.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"ticker\".url", "ws://localhost:" + SERVER.actualPort() + "/rpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"ticker\".subscriptions.resubscribe", "true");

    @RegisterJsonRpcClient(configKey = "ticker")
    public interface Ticker {
        @JsonRpc
        Multi<Integer> ticks();
    }

    @Inject
    @JsonRpcClient
    Ticker ticker;

    @AfterAll
    static void stop() {
        VERTX.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aSubscriptionWhoseSubscribeCallWasInFlightSubscribesAgain() {
        subscribesAgain(ticker);
    }

    @Test
    void aBuiltClientSubscribesAgainWhenItsBuilderSaysSo() {
        Ticker built = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + SERVER.actualPort() + "/built")
                .resubscribe(true).build(Ticker.class);
        try {
            subscribesAgain(built);
        } finally {
            ((JsonRpcClientControl) built).close();
        }
    }

    private static void subscribesAgain(Ticker ticker) {
        AssertSubscriber<Integer> items = ticker.ticks().subscribe().withSubscriber(AssertSubscriber.create(5));
        // a drop, a reconnection 200 ms later and a subscribe call: 10 s did not always cover them under a load
        // average of 50, on the JVM's first WebSocket connection
        items.awaitItems(1, Duration.ofSeconds(60));
        assertThat(items.getItems()).containsExactly(42);
    }
}
