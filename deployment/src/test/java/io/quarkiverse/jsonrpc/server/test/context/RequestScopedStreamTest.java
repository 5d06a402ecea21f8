package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A method returning a {@code Multi} keeps its request context until the stream ends, as one returning a {@code Uni}
 * keeps it until the result: its items see the request-scoped beans the method saw, which are destroyed once, when
 * the stream completes, fails or is unsubscribed (its connection's closing included), or, for a stream never
 * subscribed to (the result of a notification), at once. Ended with the method, each item would get a new instance,
 * never destroyed.
 */
public class RequestScopedStreamTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, Counting.class, MappedCounting.class));

    @RequestScoped
    public static class Counter {
        static final AtomicInteger made = new AtomicInteger();
        static final BlockingQueue<Integer> destroyed = new LinkedBlockingQueue<>();

        private int id;

        int id() {
            if (id == 0) {
                id = made.incrementAndGet();
            }
            return id;
        }

        @PreDestroy
        void destroy() {
            destroyed.add(id());
        }
    }

    public static class Counting {
        @Inject
        Counter counter;

        /** The items ask for the bean as they are made, after the method has returned. */
        @JsonRpc
        public Multi<String> ticks(int n) {
            int atCall = counter.id();
            return Multi.createFrom().range(0, n).map(i -> i + " of counter " + counter.id() + " made at the call by "
                    + atCall);
        }

        /** One item, then a failure. */
        @JsonRpc
        public Multi<Integer> broken() {
            return Multi.createFrom().item(() -> counter.id())
                    .onCompletion().switchTo(Multi.createFrom().failure(new IllegalStateException("stream broke")));
        }

        /** Endless, on another thread: ended by an unsubscribe. */
        @JsonRpc
        public Multi<Integer> endless() {
            return Multi.createFrom().ticks().every(Duration.ofMillis(10)).map(tick -> counter.id());
        }
    }

    /** The same stream, from a bean whose exception mapper maps the stream's failures. */
    public static class MappedCounting {
        @Inject
        Counter counter;

        @JsonRpc
        public Multi<Integer> mappedTicks(int n) {
            counter.id();
            return Multi.createFrom().range(0, n);
        }

        @JsonRpcExceptionMapper
        JsonRpcException mapped(IllegalStateException e) {
            return new JsonRpcException(-32050, "Mapped");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void forget() {
        Counter.made.set(0);
        Counter.destroyed.clear();
    }

    @Test
    void theItemsSeeTheCallsBeansDestroyedOnceTheStreamEnds() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription ticks = client.subscribe("ticks", 3);
            assertThat(ticks.awaitItems()).extracting(item -> item.asText()).containsExactly(
                    "0 of counter 1 made at the call by 1", "1 of counter 1 made at the call by 1",
                    "2 of counter 1 made at the call by 1");
        }
        assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Counter.made).hasValue(1);
    }

    @Test
    void anUnsubscribedStreamLetsItsBeansGo() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription endless = client.subscribe("endless");
            assertThat(endless.next(int.class)).isOne();
            assertThat(endless.next(int.class)).isOne();
            assertThat(endless.unsubscribe()).isTrue();
            assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(Counter.made).hasValue(1);
    }

    @Test
    void aFailedStreamLetsItsBeansGo() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription broken = client.subscribe("broken");
            assertThat(broken.next(int.class)).isOne();
            assertThat(broken.awaitError().code()).isEqualTo(-32603);
            assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(Counter.made).hasValue(1);
    }

    /** Closing the connection cancels its subscriptions, as an unsubscribe does each. */
    @Test
    void aStreamWhoseConnectionClosesLetsItsBeansGo() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            assertThat(client.subscribe("endless").next(int.class)).isOne();
        }
        assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Counter.made).hasValue(1);
    }

    /**
     * A notification's stream, from a method of its own and from one whose failures an exception mapper maps (which
     * wraps the stream in one of Mutiny's): discarded all the same.
     */
    @ParameterizedTest
    @ValueSource(strings = { "ticks", "mappedTicks" })
    void aStreamNobodySubscribesToLetsItsBeansGo(String method) throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            client.notify(method, 3);
            // the notification was handled before the call after it
            assertThat(client.subscribe(method, 1).awaitItems()).hasSize(1);
        }
        assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Counter.destroyed.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(Counter.made).hasValue(2);
    }
}
