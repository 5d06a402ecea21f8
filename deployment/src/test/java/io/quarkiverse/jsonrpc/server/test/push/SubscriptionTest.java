package io.quarkiverse.jsonrpc.server.test.push;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;

/** A method returning Multi is a subscription: an id, items as notifications, completion, failure, cancellation. */
public class SubscriptionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Streams.class, PushClient.class, Json.class));

    public static class Streams {

        static final AtomicInteger cancelled = new AtomicInteger();

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

    @Inject
    Vertx vertx;

    @Test
    void itemsThenCompletion() throws Exception {
        try (PushClient client = PushClient.connect(vertx, uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}"))
                    .isEqualTo(Json.tree("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":1}"));
            for (int i = 0; i < 3; i++) {
                assertThat(client.next()).isEqualTo(Json.tree("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                        + "\"params\":{\"subscription\":\"1\",\"result\":" + i + "}}"));
            }
            assertThat(client.next()).isEqualTo(Json.tree("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\","
                    + "\"params\":{\"subscription\":\"1\",\"complete\":true}}"));
        }
    }

    @Test
    void failureIsNotified() throws Exception {
        try (PushClient client = PushClient.connect(vertx, uri)) {
            String id = client.call("{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":1}").get("result").asText();
            assertThat(client.next().get("params").get("result").asText()).isEqualTo("first");
            var error = client.next().get("params");
            assertThat(error.get("subscription").asText()).isEqualTo(id);
            assertThat(error.get("error").get("code").asInt()).isEqualTo(-32603);
            assertThat(error.get("error").get("message").asText()).isEqualTo("stream broke");
        }
    }

    @Test
    void unsubscribeCancelsTheStream() throws Exception {
        int before = Streams.cancelled.get();
        try (PushClient client = PushClient.connect(vertx, uri)) {
            String id = client.call("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}").get("result").asText();
            assertThat(client.next().get("params").get("subscription").asText()).isEqualTo(id);
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id + "\"],\"id\":2}");
            await().atMost(Duration.ofSeconds(5)).until(() -> Streams.cancelled.get() == before + 1);
            // items already on their way may precede the answer; nothing follows it
            while (!client.next().has("id")) {
            }
            assertThat(client.poll(Duration.ofMillis(300))).isNull();
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"" + id + "\"],\"id\":3}"))
                    .isEqualTo(Json.tree("{\"jsonrpc\":\"2.0\",\"result\":false,\"id\":3}"));
        }
    }

    @Test
    void closingTheConnectionCancelsEverySubscription() throws Exception {
        int before = Streams.cancelled.get();
        PushClient client = PushClient.connect(vertx, uri);
        client.call("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":1}");
        client.call("{\"jsonrpc\":\"2.0\",\"method\":\"forever\",\"id\":2}");
        client.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> Streams.cancelled.get() == before + 2);
    }

    @Test
    void streamsAreNotServedOverHttp() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"ticks\",\"params\":[3],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200)
                .body("error.code", is(-32601))
                .body("error.data", containsString("not served over HTTP"));
    }

    @Test
    void unsubscribeNeedsAnId() throws Exception {
        try (PushClient client = PushClient.connect(vertx, uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[],\"id\":1}")
                    .get("error").get("code").asInt()).isEqualTo(-32602);
        }
    }
}
