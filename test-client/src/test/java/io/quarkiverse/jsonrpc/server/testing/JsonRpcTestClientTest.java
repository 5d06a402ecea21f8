package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/** The client against a fake server, over both transports. */
class JsonRpcTestClientTest {

    record Why(String why) {
    }

    @RegisterExtension
    static final FakeServer server = new FakeServer();

    static JsonRpcTestClient client(String transport) {
        return "ws".equals(transport) ? JsonRpcTestClient.ws(server.http()) : JsonRpcTestClient.http(server.http());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void callsReturnResultsAsJsonOrTyped(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            assertThat(client.call("add", 1, 2)).isEqualTo(IntNode.valueOf(3));
            assertThat(client.call(int.class, "add", 40, 2)).isEqualTo(42);
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("a", 5);
            named.put("b", 6);
            assertThat(client.callNamed(Integer.class, "add", named)).isEqualTo(11);
            assertThat(client.call(new TypeReference<Integer>() {
            }, "add", 1)).isEqualTo(1);
        }
    }

    /** A decimal in a result as the server wrote it: its scale, and digits a double does not hold. */
    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void decimalsInResultsAreReadAsWritten(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            // BigDecimal.equals compares the scale too
            assertThat(client.call(BigDecimal.class, "echo", new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.50"));
            assertThat(client.call("echo", new BigDecimal("12345678901234567.89")).decimalValue())
                    .isEqualTo(new BigDecimal("12345678901234567.89"));
            assertThat(client.call("echo", new BigDecimal("1.50")).toString()).isEqualTo("1.50");
            assertThat(client.call(double.class, "echo", 0.1)).isEqualTo(0.1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void anErrorIsAnExceptionWithCodeMessageAndData(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            JsonRpcErrorException error = client.callForError("fail");
            assertThat(error.code()).isEqualTo(-32000);
            assertThat(error.message()).isEqualTo("Failed on purpose");
            assertThat(error.data(Why.class)).isEqualTo(new Why("a test"));
            assertThatThrownBy(() -> client.call("nope")).isInstanceOf(JsonRpcErrorException.class)
                    .hasMessage("-32601 Method not found");
            assertThatThrownBy(() -> client.callForError("add", 1)).isInstanceOf(AssertionError.class)
                    .hasMessage("Expected add to fail, but it returned 1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void aBatchAnswersInTheOrderOfItsCalls(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            List<BatchResponse> responses = client.batch()
                    .call("add", 1, 1)
                    .notify("ping")
                    .call("fail")
                    .call("add", 2, 2)
                    .send();
            assertThat(responses).hasSize(3);
            assertThat(responses.get(0).result(int.class)).isEqualTo(2);
            assertThat(responses.get(1).error().code()).isEqualTo(-32000);
            assertThat(responses.get(2).result(int.class)).isEqualTo(4);
            // printed as it came, in a failed assertion's message
            assertThat(responses.get(0)).hasToString(responses.get(0).json().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void aBatchRefusedAsAWholeIsAnError(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            assertThatThrownBy(() -> client.batch().send()).isInstanceOfSatisfying(JsonRpcErrorException.class,
                    e -> assertThat(e.code()).isEqualTo(-32600));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws", "http" })
    void exchangeSendsAMessageAsItIs(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            assertThat(client.exchange("{\"jsonrpc\": \"2.0\", \"method\": \"add\", \"params\": [1], \"id\": \"x\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":\"x\"}");
            assertThat(client.exchange("not json")).contains("-32700");
        }
    }

    @Test
    void notificationsFromTheServerWaitInAQueue() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(server.http())) {
            client.notify("ping");
            Notification pong = client.nextNotification(JsonRpcTestClient.DEFAULT_TIMEOUT);
            assertThat(pong.method()).isEqualTo("pong");
            assertThat(pong.params().get("n").asInt()).isEqualTo(1);
            client.assertNoNotification();
            assertThatThrownBy(() -> client.nextNotification(Duration.ofMillis(1)))
                    .isInstanceOf(AssertionError.class).hasMessage("No notification received within PT0.001S");
        }
    }

    /** The probe's answer comes after what the server sent before it: a waiting notification is found, not missed. */
    @Test
    void aNotificationWaitingFailsTheAssertionThatNoneCame() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(server.http())) {
            client.notify("ping");
            assertThatThrownBy(client::assertNoNotification).isInstanceOf(AssertionError.class)
                    .hasMessage("Expected no notification, but received [pong {\"n\":1}]");
            client.assertNoNotification();
        }
    }

    @Test
    void aSubscriptionYieldsItsItemsThenCompletes() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(server.http())) {
            JsonRpcSubscription count = client.subscribe("count", 3);
            assertThat(count.id()).isEqualTo("s1");
            assertThat(count.next(int.class)).isZero();
            assertThat(count.awaitItems()).extracting(JsonNode::asInt).containsExactly(1, 2);
            assertThat(count.awaitItems()).isEmpty();
            assertThatThrownBy(count::next).isInstanceOf(AssertionError.class)
                    .hasMessage("Subscription s1 completed where an item was expected");
            client.assertNoNotification(); // items are no plain notifications

            JsonRpcSubscription broken = client.subscribe("broken");
            assertThat(broken.awaitError().code()).isEqualTo(-32603);
            assertThat(broken.awaitError().code()).isEqualTo(-32603);
        }
    }

    @Test
    void anUnsubscribedSubscriptionGivesTheItemsBeforeTheAnswerThenEndsAtOnce() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(server.http())) {
            JsonRpcSubscription endless = client.subscribe("endless");
            assertThat(endless.next(int.class)).isZero();
            assertThat(endless.unsubscribe()).isTrue();
            assertThat(endless.awaitItems()).extracting(JsonNode::asInt).containsExactly(1);
            // ended: every later look says so at once, whichever comes first
            assertThat(endless.awaitItems()).isEmpty();
            assertThatThrownBy(endless::next).isInstanceOf(AssertionError.class).hasMessage("Nothing more on"
                    + " subscription " + endless.id() + ": it was unsubscribed, and every item sent before has been read");

            JsonRpcSubscription again = client.subscribe("endless");
            assertThat(again.unsubscribe()).isTrue();
            assertThat(again.next(int.class)).isZero();
            assertThat(again.next(int.class)).isOne();
            // without waiting for the client's timeout
            assertThatThrownBy(again::next).isInstanceOf(AssertionError.class).hasMessage("Nothing more on"
                    + " subscription " + again.id() + ": it was unsubscribed, and every item sent before has been read");

            // an id given again names a new subscription, which gets its own items, not those left of the old one
            JsonRpcSubscription old = client.subscribe("endless", "r", 0);
            assertThat(old.unsubscribe()).isTrue();
            JsonRpcSubscription reused = client.subscribe("endless", "r", 10);
            assertThat(reused.next(int.class)).isEqualTo(10);
            assertThat(old.awaitItems()).extracting(JsonNode::asInt).containsExactly(0, 1);
        }
    }

    @Test
    void callsFromManyThreadsGetTheirOwnResponses() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(server.http())) {
            List<CompletableFuture<Integer>> sums = IntStream.range(0, 50)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.call(int.class, "add", i, 1000))).toList();
            assertThat(sums.stream().map(CompletableFuture::join)).containsExactlyElementsOf(
                    IntStream.range(0, 50).map(i -> i + 1000).boxed().toList());
        }
    }

    @Test
    void subscriptionsNeedAWebSocket() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(server.http())) {
            assertThatThrownBy(() -> client.subscribe("count", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(client::assertNoNotification).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
