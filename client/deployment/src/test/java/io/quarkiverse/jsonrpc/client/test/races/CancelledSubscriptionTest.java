package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * A subscription its subscriber cancels is unsubscribed on the server, whether its id had come or comes later, and so
 * is one the client ends for an item it cannot read: else the server pushes its items, for good, to a subscriber that
 * is gone. (The cancel that lands between the arrival of
 * the id and its publication is the same case, taken under one lock; nothing the client runs lies between the two to
 * hold it there for a test.)
 */
public class CancelledSubscriptionTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class, HoldingServer.class));

    // a server each, so that each test's subscription is ticks-1
    HoldingServer server;

    @BeforeEach
    void start() {
        server = new HoldingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSubscriptionCancelledOnceLiveIsUnsubscribed() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            BlockingQueue<Integer> ticks = new LinkedBlockingQueue<>();
            Cancellable subscription = holder.ticks().subscribe().with(ticks::add);
            assertThat(ticks.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
            subscription.cancel();
            assertThat(server.nextRequest()).isEqualTo("ticks[]");
            assertThat(server.nextRequest()).isEqualTo("rpc.unsubscribe[\"ticks-1\"]");
        }
    }

    @Test
    void aSubscriptionEndedForAnItemItCannotReadIsUnsubscribed() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            AssertSubscriber<List<Integer>> ticks = holder.unreadableTicks().subscribe()
                    .withSubscriber(AssertSubscriber.create(5));
            ticks.awaitFailure(AWAIT);
            assertThat(ticks.getFailure()).isInstanceOf(JsonRpcTransportException.class).hasMessage("An item of the"
                    + " subscription " + Holder.class.getName() + "#unreadableTicks() cannot be read as"
                    + " java.util.List<java.lang.Integer>: Cannot deserialize value of type"
                    + " `java.util.ArrayList<java.lang.Integer>` from Integer value"
                    + " (token `JsonToken.VALUE_NUMBER_INT`)");
            assertThat(server.nextRequest()).isEqualTo("ticks[]");
            assertThat(server.nextRequest()).isEqualTo("rpc.unsubscribe[\"ticks-1\"]");
        }
    }

    @Test
    void aSubscriptionCancelledBeforeItsIdComesIsUnsubscribedWhenItComes() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            BlockingQueue<Integer> ticks = new LinkedBlockingQueue<>();
            Cancellable subscription = holder.heldTicks().subscribe().with(ticks::add);
            assertThat(server.nextRequest()).isEqualTo("heldTicks[]");
            subscription.cancel();
            server.answerHeldSubscription();
            assertThat(server.nextRequest()).isEqualTo("rpc.unsubscribe[\"ticks-1\"]");
            // answered after the subscription's first item, which reached nobody
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(ticks).isEmpty();
        }
    }
}
