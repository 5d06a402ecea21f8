package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A connection runs at most max-calls-in-flight calls, a batch counting as one; beyond, calls are refused at once,
 * and every call is answered. The calls are held until the test releases them, so what is in flight is known.
 */
public class CallsInFlightTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Held.class, Blocking.class, Outcomes.class))
            .overrideConfigKey("quarkus.jsonrpc-server.max-calls-in-flight", "4");

    public static class Held {
        static volatile CompletableFuture<String> release = new CompletableFuture<>();

        @JsonRpc
        public Uni<String> held() {
            return Uni.createFrom().completionStage(release);
        }

        /** A stream that sends nothing until it is ended. */
        @JsonRpc
        public Multi<String> quiet() {
            return Multi.createFrom().emitter(emitter -> {
            });
        }
    }

    public static class Blocking {
        /** The calls whose method has started. */
        static final AtomicInteger running = new AtomicInteger();
        static final CountDownLatch release = new CountDownLatch(1);

        @JsonRpc(timeout = "100ms")
        public String block() throws InterruptedException {
            running.incrementAndGet();
            release.await();
            return "released";
        }

        @JsonRpc
        public String fast() {
            return "fast";
        }
    }

    /** What the call listeners are told: the id and error code of each call that ended. */
    @Singleton
    public static class Outcomes implements CallListener {
        static final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public Call onStart(Request request) {
            return (errorCode, errorMessage, durationNanos) -> ended.add(request.method() + " " + request.id() + ": "
                    + errorCode);
        }
    }

    @AfterAll
    static void release() {
        Blocking.release.countDown();
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TOO_MANY = "{\"code\":-32005,\"message\":\"Too many calls in flight\",\"data\":"
            + "\"Wait for answers before sending more (quarkus.jsonrpc-server.max-calls-in-flight)\"}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void callsBeyondTheLimitAreRefusedAtOnceAndEveryCallIsAnswered() throws Exception {
        Held.release = new CompletableFuture<>();
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            for (int i = 1; i <= 6; i++) {
                connection.send(held(i));
            }
            // nothing held has been answered: the first two answers are the refusals of the calls beyond the limit
            Map<Integer, JsonNode> refused = answers(connection, 2);
            assertThat(refused).containsOnlyKeys(5, 6);
            refused.values().forEach(answer -> assertThat(answer.get("error")).isEqualTo(json(TOO_MANY)));
            // a refused call is a call, for metrics and traces too
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(Outcomes.ended).contains("held 5: -32005", "held 6: -32005"));

            Held.release.complete("done");
            Map<Integer, JsonNode> answered = answers(connection, 4);
            assertThat(answered).containsOnlyKeys(1, 2, 3, 4);
            answered.values().forEach(answer -> assertThat(answer.get("result").asText()).isEqualTo("done"));
            // the limit frees up as calls end
            assertThat(connection.call(held(7))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":7}");
        }
    }

    /** A message that is no call is answered as under the limit, -32600, id or not: neither refused nor dropped. */
    @Test
    void invalidRequestsBeyondTheLimitAreAnsweredAsInvalid() throws Exception {
        Held.release = new CompletableFuture<>();
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            for (int i = 1; i <= 4; i++) {
                connection.send(held(i));
            }
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":1,\"params\":\"bar\"}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":"
                    + "\"Invalid Request\",\"data\":\"'params' must be an array or an object, not a string\"},"
                    + "\"id\":null}");
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":1,\"id\":9}");
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":"
                    + "\"Invalid Request\",\"data\":\"'method' must be a string\"},\"id\":9}");
            String notAnObject = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
                    + "\"data\":\"A request must be a JSON object, not a number\"},\"id\":null}";
            connection.send("[1,2]");
            assertThat(connection.next()).isEqualTo("[" + notAnObject + "," + notAnObject + "]");

            Held.release.complete("done");
            assertThat(answers(connection, 4)).containsOnlyKeys(1, 2, 3, 4);
        }
    }

    /** A client at its limit can still end a subscription: {@code rpc.unsubscribe} runs nothing to wait for. */
    @Test
    void aSubscriptionIsEndedBeyondTheLimit() throws Exception {
        Held.release = new CompletableFuture<>();
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            String subscription = json(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"quiet\",\"id\":0}"))
                    .get("result").asText();
            for (int i = 1; i <= 4; i++) {
                connection.send(held(i));
            }
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\""
                    + subscription + "\"],\"id\":5}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":5}");
            Held.release.complete("done");
            assertThat(answers(connection, 4)).containsOnlyKeys(1, 2, 3, 4);
        }
    }

    @Test
    void aBatchCountsAsOneCall() throws Exception {
        Held.release = new CompletableFuture<>();
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            for (int i = 1; i <= 3; i++) {
                connection.send(held(i));
            }
            // the fourth call in flight: a batch of two
            connection.send("[" + held(10) + "," + held(11) + "]");
            connection.send(held(5));
            assertThat(json(connection.next())).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":" + TOO_MANY
                    + ",\"id\":5}"));

            Held.release.complete("done");
            int batches = 0;
            for (int i = 0; i < 4; i++) {
                JsonNode answer = json(connection.next());
                if (answer.isArray()) {
                    batches++;
                    assertThat(answer).hasSize(2);
                    answer.forEach(response -> assertThat(response.get("result").asText()).isEqualTo("done"));
                } else {
                    assertThat(answer.get("result").asText()).isEqualTo("done");
                }
            }
            assertThat(batches).isEqualTo(1);
        }
    }

    /**
     * A worker thread cannot be stopped: a blocking method whose call timed out keeps its place until it returns, so
     * that a client whose calls time out cannot take more worker threads than the limit. A call that times out before
     * a thread takes it never runs and gives its place back (on a busy machine, 100 ms can pass before a thread is
     * free): so the calls are sent one after the other, each once the previous one has timed out, until one is
     * refused, however many timed out before they ran.
     */
    @Test
    void aBlockingMethodPastItsTimeoutKeepsItsPlaceUntilItReturns() throws Exception {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            int id = 0;
            JsonNode answer;
            do {
                id++;
                answer = json(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"block\",\"id\":" + id + "}"));
            } while (answer.path("error").path("code").asInt() == -32004 && id < 100);
            assertThat(answer).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":" + TOO_MANY + ",\"id\":" + id + "}"));
            // the four places are held by four methods that run, and by nothing else
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Blocking.running).hasValue(4));
            assertThat(json(connection.call(FAST))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":" + TOO_MANY
                    + ",\"id\":\"fast\"}"));
            assertThat(Blocking.running).hasValue(4);

            Blocking.release.countDown();
            // the places come free as the four threads return
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(connection.call(FAST))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fast\",\"id\":\"fast\"}"));
        }
    }

    static final String FAST = "{\"jsonrpc\":\"2.0\",\"method\":\"fast\",\"id\":\"fast\"}";

    private static String held(int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":" + id + "}";
    }

    private static Map<Integer, JsonNode> answers(WebSocketTestConnection connection, int count) {
        Map<Integer, JsonNode> answers = new HashMap<>();
        for (int i = 0; i < count; i++) {
            JsonNode answer = json(connection.next());
            assertThat(answers.put(answer.get("id").asInt(), answer)).as("one answer per id").isNull();
        }
        return answers;
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }
}
