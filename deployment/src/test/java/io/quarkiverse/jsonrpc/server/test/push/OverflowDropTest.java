package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * With overflow=drop, a client that stops reading misses items but stays connected. The test is the hot source: while
 * the client reads nothing it emits twice what the socket buffers can hold, so some items must be dropped.
 */
public class OverflowDropTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Firehose.class, Json.class, SocketBuffers.class))
            .overrideConfigKey("quarkus.jsonrpc-server.subscriptions.overflow", "drop");

    public static class Firehose {
        static final CountDownLatch subscribed = new CountDownLatch(1);
        static volatile MultiEmitter<? super Item> emitter;

        public record Item(long tick, String padding) {
        }

        /** A stream that makes its items as it is asked for them, as many at once as the server asks. */
        @JsonRpc
        public Multi<Integer> countdown(int from) {
            return Multi.createFrom().range(0, from).map(i -> from - i);
        }

        @JsonRpc
        public Multi<Item> firehose() {
            return Multi.createFrom().<Item> emitter(e -> {
                emitter = e;
                subscribed.countDown();
            }, BackPressureStrategy.ERROR);
        }
    }

    static final String PADDING = "x".repeat(1 << 20);

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aSlowClientMissesItemsButStaysConnected() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"firehose\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(Firehose.subscribed.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
            client.pauseReading();
            // twice the socket buffers, and the 16 items the server lets be on their way to the client
            long emitted = 2 * (SocketBuffers.maxInFlight() / PADDING.length()) + 16 + 3;
            for (long tick = 0; tick < emitted; tick++) {
                Firehose.emitter.emit(new Firehose.Item(tick, PADDING));
            }
            Firehose.emitter.complete();

            client.resumeReading();
            List<Long> ticks = new ArrayList<>();
            JsonNode params;
            while ((params = Json.tree(client.next()).get("params")).has("result")) {
                ticks.add(params.get("result").get("tick").asLong());
            }
            assertThat(params.get("complete").asBoolean()).as("the stream completed: %s", params).isTrue();
            assertThat(ticks).as("in order, each once").isSorted().doesNotHaveDuplicates();
            assertThat((long) ticks.size()).as("some ticks were dropped").isLessThan(emitted);
            assertThat(client.isOpen()).isTrue();
        }
    }

    /** A stream that could wait loses nothing with a client that reads. */
    @Test
    void aStreamOfAFewItemsLosesNone() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String subscription = Json.tree(client.call(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"countdown\",\"params\":[10],\"id\":1}")).get("result").asText();
            List<Integer> items = new ArrayList<>();
            JsonNode params;
            while ((params = Json.tree(client.next()).get("params")).has("result")) {
                items.add(params.get("result").asInt());
            }
            assertThat(params.get("subscription").asText()).isEqualTo(subscription);
            assertThat(params.get("complete").asBoolean()).as("the stream completed: %s", params).isTrue();
            assertThat(items).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        }
    }
}
