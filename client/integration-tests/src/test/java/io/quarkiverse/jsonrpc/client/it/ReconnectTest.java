package io.quarkiverse.jsonrpc.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/**
 * WebSocket clients whose server crashes and restarts: what was in flight fails clearly, then the clients reconnect
 * on their own (a notification stream, a subscription to renew, want the connection), the same stream receives
 * again, and the subscription of the client configured with {@code resubscribe=true} goes on. Their own instance of
 * the example app, behind a relay that keeps its address while the instance restarts on another port.
 */
@QuarkusTest
@WithTestResource(Servers.class)
class ReconnectTest {

    /** Given by {@link Servers}, whose address the {@code restartable} client is configured with. */
    TcpRelay relay;

    @Inject
    @JsonRpcClient
    Heartbeats resubscribing;

    @Test
    void clientsReconnectAfterTheServerRestarts() throws Exception {
        try (ExampleAppProcess server = new ExampleAppProcess("restarted").start()) {
            relay.target(server.port());
            String url = "ws://127.0.0.1:" + relay.port() + "/jsonrpc";
            Chat chat = JsonRpcClientBuilder.newBuilder().url(url).basicAuth("bob", "bob")
                    .build(Chat.class);
            try {
                AssertSubscriber<ChatMessage> messages = chat.messages().subscribe()
                        .withSubscriber(AssertSubscriber.create(10));
                chat.join("ops");
                AssertSubscriber<Long> beats = chat.heartbeat(10).subscribe()
                        .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
                beats.awaitItems(1, Duration.ofSeconds(10));
                AssertSubscriber<Long> renewed = resubscribing.heartbeat(10).subscribe()
                        .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
                renewed.awaitItems(1, Duration.ofSeconds(10));
                UniAssertSubscriber<Long> inFlight = chat.sleep(60_000).subscribe()
                        .withSubscriber(UniAssertSubscriber.create());

                server.kill();
                inFlight.awaitFailure(Duration.ofSeconds(20)).assertFailedWith(JsonRpcTransportException.class,
                        "closed");
                beats.awaitFailure(Duration.ofSeconds(20)).assertFailedWith(JsonRpcTransportException.class,
                        "The subscription " + Chat.class.getName() + "#heartbeat(long) ended: The WebSocket"
                                + " connection to " + url + " closed");
                // its answer came long before: what ended is the connection
                assertThat(beats.getFailure()).hasMessageEndingWith(url + " closed");

                int beforeRestart = renewed.getItems().size();

                server.start();
                relay.target(server.port());
                // the room was the old server's: join again on the new connection
                assertThat(chat.join("ops")).contains("ops");
                chat.say("ops", "back").await().atMost(Duration.ofSeconds(10));
                messages.awaitItems(1, Duration.ofSeconds(10)).assertItems(new ChatMessage("ops", "back"));
                messages.assertNotTerminated();
                // subscribed again on the new server, whose heartbeat counts from 0 again: the same Multi goes on
                await().atMost(Duration.ofSeconds(20)).until(() -> renewed.getItems().size() >= beforeRestart + 3);
                renewed.assertNotTerminated();
                // a copy: the beats keep coming, and a view of the subscriber's live list would fail when one does
                List<Long> items = List.copyOf(renewed.getItems());
                assertThat(items.subList(beforeRestart, beforeRestart + 3)).containsExactly(0L, 1L, 2L);
                renewed.cancel();
            } finally {
                ((JsonRpcClientControl) chat).close();
            }
        }
    }
}
