package io.quarkiverse.jsonrpc.server.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Many WebSocket connections, each with pipelined calls of every kind (fast, slow asynchronous, blocking, failing),
 * and HTTP clients beside them: every call gets exactly one answer, with its own id, on its own connection, and no
 * connection closes. The run is a number of calls, not a duration: it ends when the last is answered. Defaults fit
 * CI (500 connections of 40 calls); the long run is
 * {@code ./mvnw -B verify -pl integration-tests -Dtest=LoadTest -DskipITs -Dload.connections=2000 -Dload.calls=2000}.
 */
@QuarkusTest
class LoadTest {

    static final int CONNECTIONS = Integer.getInteger("load.connections", 500);
    /** Calls per connection, and per HTTP client. */
    static final int CALLS = Integer.getInteger("load.calls", 40);
    static final int DEPTH = 4;
    static final int HTTP_CLIENTS = 8;

    /** A call and the answer it must get: a result, or an error code. */
    record Call(String method, String params, String result, int errorCode) {
    }

    static final List<Call> CALLS_OF_EVERY_KIND = List.of(
            new Call("subtract", "[42,23]", "19", 0),
            new Call("sleep", "[20]", "20", 0),
            new Call("blockingSleep", "[5]", "5", 0),
            new Call("fail", "[]", null, -32603),
            new Call("math.divide", "[1,0]", null, 1001));

    static final ObjectMapper MAPPER = new ObjectMapper();

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    final Vertx vertx = Vertx.vertx();
    final AtomicLong answered = new AtomicLong();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();
    /** Counts down as each connection and each HTTP client has all its answers. */
    final CountDownLatch done = new CountDownLatch(CONNECTIONS + HTTP_CLIENTS);
    volatile boolean finished;

    @Test
    void everyCallGetsExactlyOneAnswer() throws Exception {
        try {
            List<Connection> connections = openConnections();
            HttpClient http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(HTTP_CLIENTS));
            for (int i = 0; i < HTTP_CLIENTS; i++) {
                new HttpLoop(http, i).next();
            }
            connections.forEach(Connection::start);

            boolean allAnswered = done.await(5, TimeUnit.MINUTES);
            finished = true;
            assertThat(problems).as("problems").isEmpty();
            assertThat(allAnswered).as("every call answered: %d of %d", answered.get(),
                    (long) (CONNECTIONS + HTTP_CLIENTS) * CALLS).isTrue();
            for (Connection connection : connections) {
                assertThat(connection.pending).as("calls never answered on connection %d", connection.index).isEmpty();
                assertThat(connection.socket.isClosed()).as("connection %d closed", connection.index).isFalse();
            }
            assertThat(answered.get()).isEqualTo((long) (CONNECTIONS + HTTP_CLIENTS) * CALLS);
            connections.forEach(c -> c.socket.close());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private List<Connection> openConnections() throws Exception {
        var client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(CONNECTIONS + 10));
        List<Connection> connections = new ArrayList<>();
        for (int start = 0; start < CONNECTIONS; start += 100) {
            List<Future<WebSocket>> wave = new ArrayList<>();
            for (int i = start; i < Math.min(CONNECTIONS, start + 100); i++) {
                wave.add(client.connect(new WebSocketConnectOptions().setHost(endpoint.getHost())
                        .setPort(endpoint.getPort()).setURI(endpoint.getRawPath())));
            }
            Future.all(wave).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            for (Future<WebSocket> socket : wave) {
                connections.add(new Connection(connections.size(), socket.result()));
            }
        }
        return connections;
    }

    final class Connection {
        final int index;
        final WebSocket socket;
        final Map<String, Call> pending = new ConcurrentHashMap<>();
        long sent;
        long received;

        Connection(int index, WebSocket socket) {
            this.index = index;
            this.socket = socket;
            socket.textMessageHandler(this::answer);
            socket.closeHandler(v -> {
                if (!finished) {
                    problems.add("connection " + index + " closed: " + socket.closeStatusCode());
                    // its missing answers will not come: the test need not wait for them
                    done.countDown();
                }
            });
        }

        void start() {
            for (int i = 0; i < DEPTH; i++) {
                send();
            }
        }

        synchronized void send() {
            if (sent == CALLS) {
                return;
            }
            long n = sent++;
            Call call = CALLS_OF_EVERY_KIND.get((int) ((n + index) % CALLS_OF_EVERY_KIND.size()));
            String id = "c" + index + "-" + n;
            pending.put(id, call);
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"" + call.method() + "\",\"params\":"
                    + call.params() + ",\"id\":\"" + id + "\"}");
        }

        void answer(String text) {
            check(text, pending, "connection " + index);
            answered.incrementAndGet();
            if (++received == CALLS) {
                done.countDown();
            } else {
                send();
            }
        }
    }

    final class HttpLoop {
        final HttpClient client;
        final int index;
        long sent;

        HttpLoop(HttpClient client, int index) {
            this.client = client;
            this.index = index;
        }

        void next() {
            if (sent == CALLS) {
                done.countDown();
                return;
            }
            long n = sent++;
            Call call = CALLS_OF_EVERY_KIND.get((int) (n % CALLS_OF_EVERY_KIND.size()));
            String id = "h" + index + "-" + n;
            Map<String, Call> expected = new ConcurrentHashMap<>(Map.of(id, call));
            String body = "{\"jsonrpc\":\"2.0\",\"method\":\"" + call.method() + "\",\"params\":" + call.params()
                    + ",\"id\":\"" + id + "\"}";
            client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost(endpoint.getHost())
                    .setPort(endpoint.getPort()).setURI(endpoint.getRawPath())
                    .putHeader("Content-Type", "application/json"))
                    .compose(request -> request.send(Buffer.buffer(body)).compose(response -> response.body()))
                    .onSuccess(response -> {
                        check(response.toString(), expected, "HTTP client " + index);
                        answered.incrementAndGet();
                        next();
                    })
                    .onFailure(failure -> {
                        problems.add("HTTP client " + index + ": " + failure);
                        done.countDown();
                    });
        }
    }

    void check(String text, Map<String, Call> pending, String where) {
        try {
            JsonNode answer = MAPPER.readTree(text);
            String id = answer.get("id").asText();
            Call call = pending.remove(id);
            if (call == null) {
                problems.add(where + " got an answer it did not wait for: " + text);
                return;
            }
            boolean right = call.errorCode() == 0
                    ? answer.has("result") && answer.get("result").toString().equals(call.result())
                    : answer.has("error") && answer.get("error").get("code").asInt() == call.errorCode();
            if (!right) {
                problems.add(where + " got a wrong answer to " + call.method() + ": " + text);
            }
        } catch (Exception e) {
            problems.add(where + " got an unreadable answer: " + text);
        }
    }
}
