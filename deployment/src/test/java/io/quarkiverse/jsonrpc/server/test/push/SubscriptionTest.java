package io.quarkiverse.jsonrpc.server.test.push;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/** A method returning Multi is a subscription: an id, items as notifications, completion, failure, cancellation. */
public class SubscriptionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Streams.class, Json.class));

    public static class Streams {

        static final AtomicInteger cancelled = new AtomicInteger();
        /** More than a connection may leave unread: the stream must be pulled, not pushed all at once. */
        static final int MANY = 1_100;

        @JsonRpc
        public Multi<Integer> ticks(int n) {
            return Multi.createFrom().range(0, n);
        }

        @JsonRpc
        public Multi<String> broken() {
            return Multi.createFrom().<String> item("first")
                    .onCompletion().switchTo(Multi.createFrom().failure(new IllegalStateException("stream broke")));
        }

        @JsonRpc
        public Multi<Long> forever() {
            return Multi.createFrom().ticks().every(Duration.ofMillis(20))
                    .onCancellation().invoke(cancelled::incrementAndGet);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void itemsThenCompletion() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            for (int i = 0; i < 3; i++) {
                assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                        + "\"params\":{\"subscription\":\"1\",\"result\":" + i + "}}");
            }
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"complete\":true}}");
        }
    }

    /**
     * A cold stream waits for the connection: items are pulled one at a time, each once the previous is written, so
     * every item arrives, in order, and the connection stays open. Pushed all at once, the {@value Streams#MANY} items
     * would exceed the messages a connection may leave unwritten (1,024), and close it.
     */
    @Test
    void aColdStreamIsPulledAtTheConnectionsPace() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[" + Streams.MANY
                    + "],\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}");
            for (int i = 0; i < Streams.MANY; i++) {
                assertThat(Json.tree(client.next()).get("params").get("result").asInt()).isEqualTo(i);
            }
            assertThat(Json.tree(client.next()).get("params").get("complete").asBoolean()).isTrue();
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void failureIsNotified() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":1}")).get("result")
                    .asText();
            assertThat(Json.tree(client.next()).get("params").get("result").asText()).isEqualTo("first");
            JsonNode error = Json.tree(client.next()).get("params");
            assertThat(error.get("subscription").asText()).isEqualTo(id);
            assertThat(error.get("error").get("code").asInt()).isEqualTo(-32603);
            assertThat(error.get("error").get("message").asText()).isEqualTo("stream broke");
        }
    }

    @Test
    void unsubscribeCancelsTheStream() {
        int before = Streams.cancelled.get();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}")).get("result")
                    .asText();
            assertThat(Json.tree(client.next()).get("params").get("subscription").asText()).isEqualTo(id);
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id + "\"],\"id\":2}");
            await().atMost(Duration.ofSeconds(10)).until(() -> Streams.cancelled.get() == before + 1);
            // items already on their way may precede the answer; nothing follows it
            while (!Json.tree(client.next()).has("id")) {
            }
            client.assertNothingReceived();
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id
                    + "\"],\"id\":3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":false,\"id\":3}");
        }
    }

    @Test
    void closingTheConnectionCancelsEverySubscription() {
        int before = Streams.cancelled.get();
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}");
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":2}");
        // both subscriptions run once both answers are out; items of the first may come between them
        int answers = 0;
        while (answers < 2) {
            answers += Json.tree(client.next()).has("id") ? 1 : 0;
        }
        client.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> Streams.cancelled.get() == before + 2);
    }

    @Test
    void streamsAreNotServedOverHttp() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200)
                .body("error.code", is(-32601))
                .body("error.data", containsString("not served over HTTP"));
    }

    @Test
    void unsubscribeNeedsAnId() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[],"
                    + "\"id\":1}")).get("error").get("code").asInt()).isEqualTo(-32602);
        }
    }
}
