package io.quarkiverse.jsonrpc.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * The client against servers nobody here wrote: json-rpc-2.0 (HTTP, named params, as configured; WebSocket with
 * Ethereum's subscriptions) and jayson (HTTP, positional params, built), each serving the methods of servers.cjs.
 */
@QuarkusTest
@WithTestResource(Servers.class)
class NpmServersTest {

    @Inject
    @JsonRpcClient
    Arithmetic jsonRpc2;

    @Inject
    @JsonRpcClient
    Ethereum ethereum;

    @ConfigProperty(name = "servers.jayson.http")
    String jaysonUrl;

    @ConfigProperty(name = "servers.json-rpc-2.0.ws")
    String jsonRpc2WebSocketUrl;

    @Test
    void jsonRpc2OverHttpWithNamedParams() {
        calls(jsonRpc2);
    }

    @Test
    void jaysonOverHttpWithPositionalParams() {
        Arithmetic jayson = JsonRpcClientBuilder.newBuilder().url(jaysonUrl).build(Arithmetic.class);
        try {
            calls(jayson);
        } finally {
            ((JsonRpcClientControl) jayson).close();
        }
    }

    @Test
    void jsonRpc2OverWebSocket() {
        Arithmetic overWebSocket = JsonRpcClientBuilder.newBuilder().url(jsonRpc2WebSocketUrl)
                .build(Arithmetic.class);
        try {
            calls(overWebSocket);
        } finally {
            ((JsonRpcClientControl) overWebSocket).close();
        }
    }

    private static void calls(Arithmetic server) {
        assertThat(server.add(2, 3)).isEqualTo(5);
        assertThat(server.greet("Ann")).isEqualTo(new Arithmetic.Greeting("Hello, Ann!", 3));
        assertThatThrownBy(() -> server.withdraw(9)).isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
            assertThat(e.code()).isEqualTo(3);
            assertThat(e.getMessage()).isEqualTo("Insufficient funds");
            assertThat(e.data().toString()).isEqualTo("{\"balance\":5,\"requested\":9}");
        });
        server.note("noted");
        JsonRpcBatch<Arithmetic> batch = JsonRpcBatch.of(server);
        JsonRpcBatch.Entry<Integer> sum = batch.add(s -> s.add(40, 2));
        JsonRpcBatch.Entry<Void> failed = batch.addVoid(s -> s.withdraw(1));
        batch.sendAndAwait();
        assertThat(sum.get()).isEqualTo(42);
        assertThat(failed.error().code()).isEqualTo(3);
        // the notification was sent before the batch, on the same connection or before the batch's POST
        assertThat(server.notes()).contains("noted");
    }

    @Test
    void ethereumSubscriptionAndItsCancellation() {
        subscribesAndCancels(ethereum);
    }

    @Test
    void aBuiltClientSpeaksEthereumsSubscriptionsWhenItsBuilderSaysSo() {
        Ethereum built = JsonRpcClientBuilder.newBuilder().url(jsonRpc2WebSocketUrl)
                .subscriptions("eth_subscribe", "eth_subscription", "eth_unsubscribe").build(Ethereum.class);
        try {
            subscribesAndCancels(built);
        } finally {
            ((JsonRpcClientControl) built).close();
        }
    }

    private static void subscribesAndCancels(Ethereum ethereum) {
        int unsubscribedBefore = ethereum.unsubscribed().size();
        AssertSubscriber<Ethereum.Head> heads = ethereum.newHeads().subscribe()
                .withSubscriber(AssertSubscriber.create(3));
        heads.awaitItems(3, Duration.ofSeconds(10));
        assertThat(heads.getItems()).extracting(Ethereum.Head::number).containsExactly("0x1", "0x2", "0x3");
        heads.cancel();
        // eth_unsubscribe reached the server, which stopped the stream
        await().atMost(Duration.ofSeconds(10)).until(() -> ethereum.unsubscribed().size() > unsubscribedBefore);
        assertThat(ethereum.unsubscribed()).hasSize(unsubscribedBefore + 1).allMatch(id -> id.startsWith("0x"));
    }
}
