package io.quarkiverse.jsonrpc.server.it.docs;

// The example of guides-testing.adoc as written there, run against the example application: TestingGuideDocTest
// checks that the guide still shows this class.
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.Notification;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalculatorTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint; // http://localhost:<test port>/jsonrpc; ws(...) takes it as ws://...

    @Test
    void subtract() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            assertThat(client.call(int.class, "subtract", 42, 23)).isEqualTo(19); // positional
            assertThat(client.callNamed(int.class, "subtract", Map.of("minuend", 42, "subtrahend", 23))) // named
                    .isEqualTo(19);
            assertThat(client.call("subtract", 42, 23).asInt()).isEqualTo(19); // JsonNode
        }
    }

    @Test
    void divisionByZero() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            JsonRpcErrorException error = client.callForError("math.divide", 1, 0);
            assertThat(error.code()).isEqualTo(1001);
            assertThat(error.message()).isEqualTo("Division by zero");
        }
    }

    @Test
    void chat() {
        try (JsonRpcTestClient ada = JsonRpcTestClient.ws(endpoint);
                JsonRpcTestClient bob = JsonRpcTestClient.ws(endpoint)) {
            ada.call("join", "kitchen");
            bob.call("say", "kitchen", "hello");

            Notification message = ada.nextNotification(Duration.ofSeconds(5));
            assertThat(message.method()).isEqualTo("chat.message");
            assertThat(message.params().get("text").asText()).isEqualTo("hello");
        }
    }
}
