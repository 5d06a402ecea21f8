package io.quarkiverse.jsonrpc.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** The configured WebSocket client {@code chat}, as bob: server notifications, a subscription, its cancellation. */
@QuarkusTest
@WithTestResource(Servers.class)
class ChatTest {

    @Inject
    @JsonRpcClient
    Chat chat;

    @Inject
    ChatLog log;

    @Inject
    MeterRegistry registry;

    @Test
    void chatMessagesReachTheMultiAndTheReceivingBean() {
        assertThat(chat.whoami()).isEqualTo("bob");
        AssertSubscriber<ChatMessage> messages = chat.messages().subscribe()
                .withSubscriber(AssertSubscriber.create(10));
        assertThat(chat.join("lobby")).contains("lobby");
        chat.say("lobby", "hello").await().atMost(Duration.ofSeconds(10));
        messages.awaitItems(1, Duration.ofSeconds(10)).assertItems(new ChatMessage("lobby", "hello"));
        await().atMost(Duration.ofSeconds(10)).until(() -> log.received().contains(new ChatMessage("lobby", "hello")));
        messages.cancel();
    }

    @Test
    void subscriptionCompletes() {
        AssertSubscriber<Integer> ticks = chat.ticks(3).subscribe().withSubscriber(AssertSubscriber.create(10));
        ticks.awaitCompletion(Duration.ofSeconds(10)).assertItems(0, 1, 2);
    }

    @Test
    void cancellingASubscriptionUnsubscribes() {
        double before = unsubscribeCalls();
        AssertSubscriber<Long> beats = chat.heartbeat(10).subscribe().withSubscriber(AssertSubscriber.create(2));
        beats.awaitItems(2, Duration.ofSeconds(10));
        // an endless stream: only the cancellation ends it
        beats.cancel();
        // the client calls rpc.unsubscribe with the subscription's id, and the server answers it
        await().atMost(Duration.ofSeconds(10)).until(() -> unsubscribeCalls() > before);
        beats.assertNotTerminated();
        assertThat(beats.getItems()).containsExactly(0L, 1L);
    }

    private double unsubscribeCalls() {
        return Search.in(registry).name("jsonrpc.client.requests").tag("client", "chat")
                .tag("method", "rpc.unsubscribe").tag("outcome", "SUCCESS").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }
}
