package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A subscription whose items are longer than a frame, while the application notifies the same connection from
 * another thread (JsonRpcNotifier from a worker or a scheduled job): the fragments of an item must not have another
 * message between them (RFC 6455 5.4).
 */
public class FragmentsAndNotificationsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Big.class));

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final int ITEMS = 60;
    static final int NOISE = 3000;

    public static class Big {
        @JsonRpc
        public String id(JsonRpcContext context) {
            return context.connectionId();
        }

        @JsonRpc
        public Multi<String> big(int n) {
            return Multi.createFrom().range(0, n).map(i -> i + ":" + "x".repeat(150_000));
        }
    }

    @Inject
    JsonRpcNotifier notifier;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void largeItemsAndNotificationsFromAnotherThreadDoNotInterleave() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = MAPPER.readTree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"id\",\"id\":1}")).get("result")
                    .asText();
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"big\",\"params\":[" + ITEMS + "],\"id\":2}");
            CompletableFuture<Void> noise = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < NOISE; i++) {
                    notifier.connection(id).sendAndAwait("noise", List.of(i));
                }
            });
            List<Integer> items = new ArrayList<>();
            int noises = 0;
            boolean complete = false;
            while (!complete || noises < NOISE) {
                JsonNode message = MAPPER.readTree(client.next());
                if ("noise".equals(message.path("method").asText())) {
                    noises++;
                } else if (message.has("params")) {
                    JsonNode params = message.get("params");
                    if (params.has("result")) {
                        items.add(Integer.parseInt(params.get("result").asText().split(":")[0]));
                    } else {
                        assertThat(params.path("complete").asBoolean()).as(message.toString()).isTrue();
                        complete = true;
                    }
                }
            }
            noise.get(60, TimeUnit.SECONDS);
            assertThat(items).hasSize(ITEMS).isSorted();
            assertThat(client.isOpen()).isTrue();
        }
    }
}
