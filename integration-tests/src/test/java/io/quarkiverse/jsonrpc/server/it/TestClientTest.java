package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.Notification;
import io.quarkiverse.jsonrpc.server.testing.RequestRejectedException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The example app through quarkus-jsonrpc-server-test, the client the testing guide shows. */
@QuarkusTest
class TestClientTest {

    record ChatMessage(String room, String text) {
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void callsOverHttp() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(int.class, "subtract", 42, 23)).isEqualTo(19);
            assertThat(client.callNamed(int.class, "subtract", Map.of("subtrahend", 23, "minuend", 42))).isEqualTo(19);
            assertThat(client.call(Point.class, "translate", new Point(1, 2), 10, 20))
                    .isEqualTo(new Point(11, 22));

            JsonRpcErrorException error = client.callForError("math.divide", 1, 0);
            assertThat(error.code()).isEqualTo(1001);
            assertThat(error.message()).isEqualTo("Division by zero");
            assertThatThrownBy(() -> client.call("math.sqrt", -4)).isInstanceOfSatisfying(JsonRpcErrorException.class,
                    e -> assertThat(e.data(double.class)).isEqualTo(-4.0));
            // data of a generic type: the violations of Bean Validation
            List<Map<String, String>> violations = client.callForError("square", 1001)
                    .data(new TypeReference<List<Map<String, String>>>() {
                    });
            assertThat(violations).containsExactly(Map.of("path", "n", "message", "must be less than or equal to 1000"));
        }
    }

    /** Over HTTP, an error status without a JSON-RPC response, empty or not, is the request refused. */
    @Test
    void aRefusedRequestIsRequestRejectedWithTheServersAnswer() {
        try (JsonRpcTestClient textPlain = JsonRpcTestClient.builder().header("Content-Type", "text/plain")
                .http(endpoint)) {
            assertThatThrownBy(() -> textPlain.call("subtract", 42, 23))
                    .isInstanceOfSatisfying(RequestRejectedException.class, refused -> {
                        assertThat(refused.statusCode()).isEqualTo(415);
                        assertThat(refused.body()).isEqualTo("JSON-RPC over HTTP takes a body of Content-Type"
                                + " application/json (or application/json-rpc, application/jsonrequest)");
                    });
        }
        try (JsonRpcTestClient elsewhere = JsonRpcTestClient.http(endpoint.resolve("/elsewhere"))) {
            assertThatThrownBy(() -> elsewhere.call("subtract", 42, 23))
                    .isInstanceOfSatisfying(RequestRejectedException.class,
                            refused -> assertThat(refused.statusCode()).isEqualTo(404));
        }
    }

    @Test
    void notificationsAndSubscriptionsOverWebSocket() {
        try (JsonRpcTestClient ada = JsonRpcTestClient.ws(endpoint);
                JsonRpcTestClient bob = JsonRpcTestClient.ws(endpoint)) {
            ada.call("join", "kitchen");
            bob.call("say", "kitchen", "hello");

            Notification message = ada.nextNotification(JsonRpcTestClient.DEFAULT_TIMEOUT);
            assertThat(message.method()).isEqualTo("chat.message");
            assertThat(message.params(ChatMessage.class)).isEqualTo(new ChatMessage("kitchen", "hello"));
            bob.assertNoNotification(); // bob is not in the kitchen

            assertThat(bob.subscribe("ticks", 3).awaitItems()).extracting(n -> n.asInt()).containsExactly(0, 1, 2);
        }
    }
}
