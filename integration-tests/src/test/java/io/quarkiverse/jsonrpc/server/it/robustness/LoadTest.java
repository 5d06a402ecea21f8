package io.quarkiverse.jsonrpc.server.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * connection closes. Defaults fit CI (500 connections, 20 s); the long run is
 * {@code ./mvnw -B verify -pl integration-tests -Dtest=LoadTest -DskipITs -Dload.connections=2000 -Dload.seconds=300}.
 */
@QuarkusTest
class LoadTest {

    static final int CONNECTIONS = Integer.getInteger("load.connections", 500);
    static final int SECONDS = Integer.getInteger("load.seconds", 20);
    static final int DEPTH = 4;
    static final int HTTP_CLIENTS = 8;

    /** A call and the answer it must get: a result, or an error code. */
    record Call(String method, String params, String result, int errorCode) {
    }

    static final List<Call> CALLS = List.of(
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
    volatile boolean running = true;

    @Test
    void everyCallGetsExactlyOneAnswer() throws Exception {
        try {
            List<Connection> connections = openConnections();
            List<HttpLoop> httpLoops = new ArrayList<>();
            HttpClient http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(HTTP_CLIENTS));
            for (int i = 0; i < HTTP_CLIENTS; i++) {
                HttpLoop loop = new HttpLoop(http, i);
                httpLoops.add(loop);
                loop.next();
            }
            connections.forEach(Connection::start);

            Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
            running = false;

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (Connection connection : connections) {
                while (!connection.pending.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(connection.pending).as("calls never answered on connection %d", connection.index).isEmpty();
                assertThat(connection.socket.isClosed()).as("connection %d closed", connection.index).isFalse();
            }
            for (HttpLoop loop : httpLoops) {
                while (loop.inFlight && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            assertThat(problems).as("problems").isEmpty();
            long calls = answered.get();
            assertThat(calls).as("answered calls").isGreaterThan(CONNECTIONS * 10L);
            System.out.printf("Load test: %d connections, %d s, %d answers (%.0f calls/s)%n", CONNECTIONS, SECONDS,
                    calls, calls / (double) SECONDS);
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
        long sequence;

        Connection(int index, WebSocket socket) {
            this.index = index;
            this.socket = socket;
            socket.textMessageHandler(this::answer);
            socket.closeHandler(v -> {
                if (running) {
                    problems.add("connection " + index + " closed: " + socket.closeStatusCode());
                }
            });
        }

        void start() {
            for (int i = 0; i < DEPTH; i++) {
                send();
            }
        }

        synchronized void send() {
            long n = sequence++;
            Call call = CALLS.get((int) ((n + index) % CALLS.size()));
            String id = "c" + index + "-" + n;
            pending.put(id, call);
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"" + call.method() + "\",\"params\":"
                    + call.params() + ",\"id\":\"" + id + "\"}");
        }

        void answer(String text) {
            check(text, pending, "connection " + index);
            answered.incrementAndGet();
            if (running) {
                send();
            }
        }
    }

    final class HttpLoop {
        final HttpClient client;
        final int index;
        long sequence;
        volatile boolean inFlight;

        HttpLoop(HttpClient client, int index) {
            this.client = client;
            this.index = index;
        }

        void next() {
            if (!running) {
                inFlight = false;
                return;
            }
            inFlight = true;
            long n = sequence++;
            Call call = CALLS.get((int) (n % CALLS.size()));
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
                        inFlight = false;
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
