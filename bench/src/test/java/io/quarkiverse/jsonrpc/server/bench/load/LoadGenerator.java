package io.quarkiverse.jsonrpc.server.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

/**
 * Keeps {@code connections × depth} {@code subtract} calls in flight against a server for a warm-up and a measured
 * window, checks every response (its id is one in flight, its result is right for that id), and reports calls/s,
 * latency percentiles and the server's CPU time per call.
 * <p>
 * {@code java … LoadGenerator --label ws-jsonrpc --target ws://localhost:8080/jsonrpc --connections 50 --depth 4
 * --warmup 10 --duration 15 --pid 1234 --results results/load.tsv}
 */
public final class LoadGenerator {

    private static final JsonFactory JSON = new JsonFactory();
    /** A run whose responses are mostly wrong measures nothing: it stops early. */
    private static final long MAX_FAILURES = 1000;

    private final LoadOptions options;
    private final Vertx vertx;
    private final AtomicLong ids = new AtomicLong();
    private final Recorder latencies = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
    private final LongAdder measured = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder inFlight = new LongAdder();
    /** Completes once {@link LoadOptions#minCalls()} calls are measured. */
    private final CompletableFuture<Void> enoughCalls = new CompletableFuture<>();
    private volatile boolean measuring;
    private volatile boolean stopping;

    private LoadGenerator(LoadOptions options, Vertx vertx) {
        this.options = options;
        this.vertx = vertx;
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        LoadResult result = run(options);
        System.out.println(result);
        if (options.results() != null) {
            Files.writeString(options.results(), result.line() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(result.failures() == 0 ? 0 : 1);
    }

    public static LoadResult run(LoadOptions options) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        try {
            return new LoadGenerator(options, vertx).execute();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private LoadResult execute() throws Exception {
        if (options.webSocket()) {
            startWebSocket();
        } else {
            startHttp();
        }
        sleep(options.warmupSeconds());
        double cpuBefore = ProcessCpu.micros(options.serverPid());
        double systemBefore = ProcessCpu.systemMicros(options.serverPid());
        latencies.reset();
        measured.reset();
        long start = System.nanoTime();
        measuring = true;
        sleep(options.durationSeconds());
        if (options.minCalls() > 0) {
            try {
                enoughCalls.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Fewer than " + options.minCalls() + " calls answered in a minute");
            }
        }
        measuring = false;
        long elapsed = System.nanoTime() - start;
        double cpuAfter = ProcessCpu.micros(options.serverPid());
        double systemAfter = ProcessCpu.systemMicros(options.serverPid());
        Histogram histogram = latencies.getIntervalHistogram();
        long calls = measured.sum();
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (inFlight.sum() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        failures.add(inFlight.sum()); // never answered
        double seconds = elapsed / 1e9;
        return new LoadResult(options.label(), calls, calls / seconds,
                histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
                histogram.getValueAtPercentile(99.9) / 1e3, (cpuAfter - cpuBefore) / calls, failures.sum(),
                (systemAfter - systemBefore) / calls);
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    private boolean stopped() {
        return stopping || failures.sum() > MAX_FAILURES;
    }

    // ---- HTTP: one POST per call, pipelined up to depth on each pooled connection

    private void startHttp() {
        int port = options.target().getPort();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setDefaultHost(options.target().getHost()).setDefaultPort(port)
                .setKeepAlive(true).setPipelining(options.depth() > 1).setPipeliningLimit(options.depth()),
                new PoolOptions().setHttp1MaxSize(options.connections()));
        for (int i = 0; i < options.connections() * options.depth(); i++) {
            inFlight.increment();
            httpCall(client);
        }
    }

    private void httpCall(HttpClient client) {
        if (stopped()) {
            inFlight.decrement();
            return;
        }
        long id = ids.incrementAndGet();
        long start = System.nanoTime();
        client.request(HttpMethod.POST, options.target().getPath())
                .compose(request -> request.putHeader("Content-Type", "application/json").send(request(id)))
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("HTTP status " + response.statusCode()))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        verify(id, start, done.result());
                    } else {
                        fail(done.cause().toString());
                    }
                    httpCall(client);
                });
    }

    // ---- WebSocket: one text frame per call, responses matched by id

    private void startWebSocket() throws InterruptedException {
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setDefaultHost(options.target().getHost()).setDefaultPort(options.target().getPort()));
        CountDownLatch connected = new CountDownLatch(options.connections());
        for (int i = 0; i < options.connections(); i++) {
            client.connect(options.target().getPath()).onComplete(done -> {
                if (done.succeeded()) {
                    new WebSocketCalls(done.result()).start();
                } else {
                    fail("cannot connect: " + done.cause());
                }
                connected.countDown();
            });
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Connections to " + options.target() + " did not open in 30 s");
        }
    }

    /** The calls of one connection; its handlers run on its event loop only. */
    private final class WebSocketCalls {
        private final WebSocket socket;
        private final Map<Long, Long> pending = new HashMap<>();

        WebSocketCalls(WebSocket socket) {
            this.socket = socket;
        }

        void start() {
            socket.textMessageHandler(this::answered);
            socket.closeHandler(closed -> {
                if (!stopping) {
                    fail("connection closed: " + socket.closeStatusCode() + " " + socket.closeReason());
                }
            });
            for (int i = 0; i < options.depth(); i++) {
                inFlight.increment();
                send();
            }
        }

        private void send() {
            if (stopped()) {
                inFlight.decrement();
                return;
            }
            long id = ids.incrementAndGet();
            pending.put(id, System.nanoTime());
            socket.writeTextMessage(request(id).toString());
        }

        private void answered(String text) {
            long id = idOf(text);
            Long start = pending.remove(id);
            if (start == null) {
                fail("a response to no call in flight: " + text);
                return;
            }
            verify(id, start, Buffer.buffer(text));
            send();
        }
    }

    // ---- what every call sends and expects

    private Buffer request(long id) {
        return Buffer.buffer("{\"jsonrpc\":\"2.0\",\"method\":\"" + options.method() + "\",\"params\":[" + minuend(id)
                + ",23],\"id\":" + id + "}");
    }

    private static long minuend(long id) {
        return id % 100_000;
    }

    private void verify(long id, long start, Buffer body) {
        long latency = System.nanoTime() - start;
        Long result = null;
        long answeredId = -1;
        try (JsonParser parser = JSON.createParser(body.getBytes())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                fail("not a response: " + body);
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("result".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    result = parser.getLongValue();
                } else if ("id".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    answeredId = parser.getLongValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            fail("unreadable response: " + body);
            return;
        }
        if (answeredId != id || result == null || result != minuend(id) - 23) {
            fail("call " + id + " answered " + body);
            return;
        }
        if (measuring) {
            latencies.recordValue(Math.min(latency, TimeUnit.SECONDS.toNanos(60)));
            measured.increment();
            if (options.minCalls() > 0 && measured.sum() >= options.minCalls()) {
                enoughCalls.complete(null);
            }
        }
    }

    private static long idOf(String text) {
        int at = text.lastIndexOf("\"id\":");
        if (at < 0) {
            return -1;
        }
        int end = at + 5;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(text, at + 5, end, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void fail(String why) {
        failures.increment();
        if (failures.sum() <= 5) {
            System.err.println(options.label() + ": " + why);
        }
    }
}
