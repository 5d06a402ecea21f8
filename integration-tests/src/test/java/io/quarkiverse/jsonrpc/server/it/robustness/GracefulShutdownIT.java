package io.quarkiverse.jsonrpc.server.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.it.push.AppInstance;
import io.quarkiverse.jsonrpc.server.it.push.JdkWebSocketClient;

/**
 * Asked to stop, the packaged application answers the calls it is running before it exits (within
 * quarkus.shutdown.timeout), and turns new calls away with -32006.
 */
class GracefulShutdownIT {

    @Test
    void callsInFlightAreAnsweredNewOnesRefused() throws Exception {
        try (AppInstance app = AppInstance.start("shutdown", "quarkus.shutdown.timeout=10s");
                JdkWebSocketClient client = JdkWebSocketClient.connect(app.webSocket())) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"sleep\",\"params\":[2000],\"id\":\"running\"}");
            Thread.sleep(300);

            app.stop();
            Thread.sleep(300);
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":\"late\"}");

            JsonNode refused = client.next(Duration.ofSeconds(5));
            assertThat(refused.get("id").asText()).isEqualTo("late");
            assertThat(refused.get("error").get("code").asInt()).isEqualTo(-32006);
            assertThat(refused.get("error").get("message").asText()).isEqualTo("Server shutting down");

            JsonNode answered = client.next(Duration.ofSeconds(10));
            assertThat(answered.get("id").asText()).isEqualTo("running");
            assertThat(answered.get("result").asInt()).isEqualTo(2000);

            app.awaitExit(Duration.ofSeconds(20));
        }
    }
}
