package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;

/** With overflow=drop, a client that stops reading misses items but stays connected. */
public class OverflowDropTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Firehose.class, PushClient.class, Json.class))
            .overrideConfigKey("quarkus.jsonrpc-server.subscriptions.overflow", "drop");

    public static class Firehose {
        static final String PAYLOAD = "x".repeat(16 * 1024);

        public record Item(long tick, String padding) {
        }

        @JsonRpc
        public Multi<Item> firehose() {
            return Multi.createFrom().ticks().every(Duration.ofMillis(1)).map(tick -> new Item(tick, PAYLOAD));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void slowClientMissesItemsButStaysConnected() throws Exception {
        try (PushClient client = PushClient.connect(vertx, uri)) {
            client.call("{\"jsonrpc\":\"2.0\",\"method\":\"firehose\",\"id\":1}");
            client.pause();
            // long enough for the socket buffers to fill: 16 KiB a millisecond
            Thread.sleep(3000);
            client.resume();
            long last = -1;
            long received = 0;
            boolean gap = false;
            while (received < 500) {
                long tick = client.next().get("params").get("result").get("tick").asLong();
                gap |= last >= 0 && tick != last + 1;
                last = tick;
                received++;
            }
            assertThat(client.isClosed()).isFalse();
            assertThat(gap).as("some ticks were dropped").isTrue();
        }
    }
}
