package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** A connection runs at most max-calls-in-flight calls; beyond, calls are refused at once, and each is answered. */
public class CallsInFlightTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Slow.class, WsClient.class))
            .overrideConfigKey("quarkus.jsonrpc-server.max-calls-in-flight", "4");

    public static class Slow {
        @JsonRpc
        public Uni<String> slow() {
            return Uni.createFrom().item("done").onItem().delayIt().by(Duration.ofMillis(500));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void callsBeyondTheLimitAreRefusedAndEveryCallIsAnswered() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (WsClient client = WsClient.connect(vertx, uri)) {
            for (int i = 1; i <= 6; i++) {
                client.send("{\"jsonrpc\":\"2.0\",\"method\":\"slow\",\"id\":" + i + "}");
            }
            Map<Integer, JsonNode> answers = new HashMap<>();
            for (int i = 0; i < 6; i++) {
                JsonNode answer = mapper.readTree(client.next(Duration.ofSeconds(5)));
                assertThat(answers.put(answer.get("id").asInt(), answer)).as("one answer per id").isNull();
            }
            long refused = answers.values().stream().filter(a -> a.has("error")).peek(a -> {
                assertThat(a.get("error").get("code").asInt()).isEqualTo(-32005);
                assertThat(a.get("error").get("message").asText()).isEqualTo("Too many calls in flight");
            }).count();
            assertThat(refused).isEqualTo(2);
            // the limit frees up as calls end
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"slow\",\"id\":7}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":7}");
        }
    }
}
