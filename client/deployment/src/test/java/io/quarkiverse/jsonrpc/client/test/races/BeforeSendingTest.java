package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * What may happen to a call between its start and its sending, each of which must end the call as the caller and the
 * server expect:
 * <ul>
 * <li>its subscriber cancels as it subscribes: the call is never sent, where the server would run it for nobody and,
 * over a WebSocket, the call would wait for its answer among the pending ones;</li>
 * <li>it gives up (cancelled, timed out) while the WebSocket connection it waits for opens: it is not sent once the
 * connection opens, for the server to run for nobody, as an HTTP call given up before its request is never sent;</li>
 * <li>the client is closed while the headers of its HTTP request are being made: it fails as a call made after the close
 * does, rather than wait in the pool of the closed Vert.x client, which never sends it;</li>
 * <li>the client is closed after the exchange found it open, as its request is made: the same, even for a call that
 * has no timeout to end it;</li>
 * <li>it is a subscription made after the WebSocket connection dropped, and so opens the connection again: it subscribes
 * once, where reopening is no reason to subscribe it a second time, as one dropped with the connection is.</li>
 * </ul>
 */
public class BeforeSendingTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class, HoldingServer.class));

    static HoldingServer server;

    @BeforeAll
    static void start() {
        server = new HoldingServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        server.forgetRequests();
    }

    @Test
    void aCallCancelledAsItIsSubscribedIsNeverSent() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            holder.add(1, 2).subscribe().withSubscriber(new CancelsAtOnce());
            // the messages of one connection arrive in the order they were written
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
        }
    }

    @Test
    void aCallGivenUpWhileTheConnectionOpensIsNeverSent() throws InterruptedException {
        server.holdUpgrades();
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            Cancellable givenUp = holder.add(1, 2).subscribe().with(ignored -> {
            });
            CompletableFuture<Integer> waiting = new CompletableFuture<>();
            // the connection is opening: its upgrade is held, and the second call waits for it with the first
            Runnable upgrade = server.heldUpgrade();
            assertThat(upgrade).as("upgrade asked for").isNotNull();
            givenUp.cancel();
            holder.add(2, 3).subscribe().with(waiting::complete, waiting::completeExceptionally);
            upgrade.run();
            assertThat(waiting).succeedsWithin(AWAIT).isEqualTo(5);
            // the messages of one connection arrive in the order they were written
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
        }
    }

    /** Gives up before anything can happen. */
    private static final class CancelsAtOnce implements UniSubscriber<Integer> {

        @Override
        public void onSubscribe(UniSubscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onItem(Integer item) {
        }

        @Override
        public void onFailure(Throwable failure) {
        }
    }

    @Test
    void aCallWhoseHeadersComeAfterTheCloseFails() throws InterruptedException {
        CountDownLatch asked = new CountDownLatch(1);
        CompletableFuture<Map<String, String>> token = new CompletableFuture<>();
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("http")).timeout(Duration.ofMinutes(5))
                .headers(configKey -> {
                    asked.countDown();
                    return Uni.createFrom().completionStage(token);
                }).build(Holder.class);
        CompletableFuture<Integer> call = holder.add(1, 2).subscribeAsCompletionStage();
        assertThat(asked.await(AWAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        ((JsonRpcClientControl) holder).close();
        token.complete(Map.of("X-Token", "late"));
        Throwable failure = catchThrowable(() -> call.get(AWAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(failure).cause().isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The JSON-RPC client 'holder' is closed");
    }

    @Test
    void aCallWhoseRequestIsMadeAsTheClientClosesFails() {
        AtomicReference<JsonRpcClientControl> control = new AtomicReference<>();
        // no timeout: nothing but the transport can end the call
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("http")).timeout(Duration.ZERO)
                .headers(configKey -> Uni.createFrom().item(new ClosingHeaders(control::get))).build(Holder.class);
        control.set((JsonRpcClientControl) holder);
        CompletableFuture<Integer> call = holder.add(1, 2).subscribeAsCompletionStage();
        Throwable failure = catchThrowable(() -> call.get(AWAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The JSON-RPC client 'holder' is closed");
    }

    /**
     * Made headers that close the client as the exchange copies them into its request: after the exchange found the
     * client open, before it asks the Vert.x client for the request.
     */
    private static final class ClosingHeaders extends AbstractMap<String, String> {

        private final Supplier<JsonRpcClientControl> client;

        ClosingHeaders(Supplier<JsonRpcClientControl> client) {
            this.client = client;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            client.get().close();
        }
    }

    @Test
    void aSubscriptionThatReopensTheConnectionSubscribesOnce() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            Throwable dropped = catchThrowable(() -> holder.drop().await().atMost(AWAIT));
            assertThat(dropped).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("The WebSocket connection to " + server.url("ws")
                            + " closed (1011 Dropped) before the answer arrived");
            BlockingQueue<Integer> ticks = new LinkedBlockingQueue<>();
            Cancellable subscription = holder.ticks().subscribe().with(ticks::add);
            assertThat(ticks.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
            // written after every subscribe request of the connection's opening
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(server.nextRequest()).isEqualTo("drop[]");
            assertThat(server.nextRequest()).isEqualTo("ticks[]");
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
            subscription.cancel();
        }
    }
}
