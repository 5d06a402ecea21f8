package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A stream that emits one item longer than a frame and completes, off the event loop (a worker, as runSubscriptionOn
 * or a Kafka consumer puts it): the guide's order is the item, then {"complete":true}. Repeated: before the item's
 * frames were handed over under the connection's lock, the completion came first in most repetitions.
 */
public class LastItemBeforeCompletionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Report.class));

    public static class Report {
        @JsonRpc
        public Multi<String> report() {
            return Multi.createFrom().<String> emitter(e -> {
                e.emit("x".repeat(100_000));
                e.complete();
            }).runSubscriptionOn(Infrastructure.getDefaultExecutor());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @RepeatedTest(20)
    void theItemComesBeforeTheCompletion() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"report\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            JsonNode first = mapper.readTree(client.next()).get("params");
            assertThat(first.has("result")).as("first notification: %s", first.toString().substring(0,
                    Math.min(100, first.toString().length()))).isTrue();
            JsonNode second = mapper.readTree(client.next()).get("params");
            assertThat(second.path("complete").asBoolean()).isTrue();
        }
    }
}
