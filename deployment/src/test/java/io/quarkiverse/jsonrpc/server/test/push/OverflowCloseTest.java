package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * A hot stream outrunning a client that stopped reading: by default the server does not buffer, it ends the
 * subscription with an error notification and closes the connection with a reason. The test is the hot source: it
 * emits while the client reads nothing, until the stream overflows, which it must before the socket buffers could
 * hold what was emitted.
 */
public class OverflowCloseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Firehose.class, Json.class, SocketBuffers.class));

    public static class Firehose {
        static final CountDownLatch subscribed = new CountDownLatch(1);
        static final AtomicBoolean ended = new AtomicBoolean();
        static volatile MultiEmitter<? super String> emitter;

        /** A source that cannot wait: an item emitted while the subscriber asks for none is an overflow. */
        @JsonRpc
        public Multi<String> firehose() {
            return Multi.createFrom().<String> emitter(e -> {
                emitter = e;
                subscribed.countDown();
            }, BackPressureStrategy.ERROR).onTermination().invoke(() -> ended.set(true));
        }
    }

    static final String ITEM = "x".repeat(1 << 20);

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aClientThatReadsTooSlowlyIsToldAndClosed() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"firehose\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            assertThat(Firehose.subscribed.await(10, TimeUnit.SECONDS)).as("the stream started").isTrue();
            client.pauseReading();
            long bound = SocketBuffers.maxInFlight() / ITEM.length() + 3;
            for (long i = 0; i < bound && !Firehose.ended.get(); i++) {
                Firehose.emitter.emit(ITEM);
            }
            assertThat(Firehose.ended).as("the stream overflowed").isTrue();

            client.resumeReading();
            JsonNode params;
            do {
                params = Json.tree(client.next()).get("params");
            } while (params.has("result"));
            assertThat(params.get("subscription").asText()).isEqualTo("1");
            assertThat(params.get("error").get("code").asInt()).isEqualTo(-32603);
            assertThat(client.awaitClose())
                    .isEqualTo(new CloseStatus(1008, "Subscription 1 overflowed: the client reads too slowly"));
        }
    }
}
