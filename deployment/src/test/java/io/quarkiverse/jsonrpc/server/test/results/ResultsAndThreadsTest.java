package io.quarkiverse.jsonrpc.server.test.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What a method returns and where it runs, over both transports:
 * <ul>
 * <li>a {@code CompletionStage} is answered when it completes, later and on another thread, with its value or error;
 * a method with nothing to return ({@code void}, {@code Uni<Void>}) answers a request with {@code "result":null};</li>
 * <li>a {@code JsonRpcException}, thrown or as a failed {@code Uni}, reaches the client with its code, message and
 * data;</li>
 * <li>where a method runs follows its signature, as in Quarkus REST and websockets-next, and its annotations override
 * it; each rule is a method that reports the thread it ran on.</li>
 * </ul>
 * One application for all: each rule holds for a method on its own, with the default configuration, and the methods'
 * names never meet.
 */
public class ResultsAndThreadsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Async.class, Log.class, Bank.class, Shortfall.class,
                    Methods.class, BlockingClass.class, Streams.class, Nulls.class, CallContexts.class,
                    ThreadInfo.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // CompletionStage, void and Uni<Void> results

    public static class Async {
        @JsonRpc
        public CompletionStage<String> later(String value) {
            return CompletableFuture.supplyAsync(() -> value.toUpperCase(),
                    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }

        @JsonRpc
        public CompletionStage<String> failLater() {
            return CompletableFuture.supplyAsync(() -> {
                throw new JsonRpcException(-32042, "Too late");
            }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }
    }

    public static class Log {
        private final List<String> lines = new CopyOnWriteArrayList<>();

        public List<String> lines() {
            return lines;
        }

        @JsonRpc
        public void append(String line) {
            lines.add(line);
        }

        @JsonRpc
        public Uni<Void> appendLater(String line) {
            return Uni.createFrom().voidItem().invoke(() -> lines.add(line));
        }
    }

    static final String LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"later\",\"params\":[\"abc\"],\"id\":1}";
    static final String FAIL_LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"failLater\",\"id\":2}";

    @Inject
    Log log;

    @Test
    void completionStageOverHttp() {
        assertThat(HttpRpc.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
        assertThat(HttpRpc.call(FAIL_LATER))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
    }

    @Test
    void completionStageOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(LATER)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ABC\",\"id\":1}");
            assertThat(client.call(FAIL_LATER))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32042,\"message\":\"Too late\"},\"id\":2}");
        }
    }

    @Test
    void voidOverHttp() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"h1\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"h2\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        assertThat(log.lines()).contains("h1", "h2");
    }

    @Test
    void voidOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"append\",\"params\":[\"w1\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"appendLater\",\"params\":[\"w2\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
        }
        assertThat(log.lines()).contains("w1", "w2");
    }

    // null where a Uni or a stage was due

    public static class Nulls {
        @JsonRpc
        public Uni<String> nullUni() {
            return null;
        }

        @JsonRpc
        public CompletionStage<String> nullStage() {
            return null;
        }
    }

    @Test
    void aNullUniFailsTheCallWhereANullStageAnswersNull() {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient client = transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(uri)
                    : JsonRpcTestClient.ws(uri)) {
                // the message is the standard one in production; a test application includes the exception's
                assertThat(client.callForError("nullUni").code()).as(transport.name()).isEqualTo(-32603);
                assertThat(client.call("nullStage").isNull()).as(transport.name()).isTrue();
            }
        }
    }

    // JsonRpcException, thrown or as a failed Uni

    public record Shortfall(int balance, int requested) {
    }

    public static class Bank {
        @JsonRpc
        public int withdraw(int amount) {
            throw new JsonRpcException(-32001, "Insufficient funds", new Shortfall(10, amount));
        }

        @JsonRpc
        public Uni<Integer> withdrawLater(int amount) {
            return Uni.createFrom().failure(new JsonRpcException(-32002, "Account locked"));
        }
    }

    static final String WITHDRAW = "{\"jsonrpc\":\"2.0\",\"method\":\"withdraw\",\"params\":[50],\"id\":1}";
    static final String WITHDRAWN = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"Insufficient funds\","
            + "\"data\":{\"balance\":10,\"requested\":50}},\"id\":1}";
    static final String WITHDRAW_LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"withdrawLater\",\"params\":[50],\"id\":2}";
    static final String LOCKED = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32002,\"message\":\"Account locked\"},"
            + "\"id\":2}";

    @Test
    void jsonRpcExceptionOverHttp() {
        assertThat(HttpRpc.call(WITHDRAW)).isEqualTo(WITHDRAWN);
        assertThat(HttpRpc.call(WITHDRAW_LATER)).isEqualTo(LOCKED);
    }

    @Test
    void jsonRpcExceptionOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WITHDRAW)).isEqualTo(WITHDRAWN);
            assertThat(client.call(WITHDRAW_LATER)).isEqualTo(LOCKED);
        }
    }

    // where a method runs

    public static class Methods {
        @JsonRpc
        public ThreadInfo plain() {
            return ThreadInfo.current();
        }

        @JsonRpc
        public Uni<ThreadInfo> uni() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        public CompletionStage<ThreadInfo> completionStage() {
            return CompletableFuture.completedFuture(ThreadInfo.current());
        }

        @JsonRpc
        public CompletableFuture<ThreadInfo> completableFuture() {
            return CompletableFuture.completedFuture(ThreadInfo.current());
        }

        @JsonRpc
        @NonBlocking
        public ThreadInfo nonBlockingPlain() {
            return ThreadInfo.current();
        }

        @JsonRpc
        @Blocking
        public Uni<ThreadInfo> blockingUni() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        @RunOnVirtualThread
        public ThreadInfo virtual() {
            return ThreadInfo.current();
        }
    }

    @Blocking
    public static class BlockingClass {
        @JsonRpc
        public Uni<ThreadInfo> inherited() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        @NonBlocking
        public Uni<ThreadInfo> overridden() {
            return Uni.createFrom().item(ThreadInfo.current());
        }
    }

    /**
     * Whether a call's own Vert.x context is current, a duplicated one, as Quarkus REST's methods and executeBlocking's
     * tasks see.
     */
    public static class CallContexts {
        @JsonRpc
        public boolean workerContext() {
            return VertxContext.isOnDuplicatedContext();
        }

        @JsonRpc
        public Uni<Boolean> eventLoopContext() {
            return Uni.createFrom().item(VertxContext.isOnDuplicatedContext());
        }

        static final CyclicBarrier BOTH = new CyclicBarrier(2);

        /** Keeps its name in its context, waits until the other call has kept its own, and reads it back. */
        @JsonRpc
        @RunOnVirtualThread
        public String ownContext(String name) throws Exception {
            ContextLocals.put("name", name);
            BOTH.await(30, TimeUnit.SECONDS);
            return ContextLocals.<String> get("name").orElse(null);
        }
    }

    /**
     * Calls that run at once, a batch's on virtual threads, each have a context of their own: what one keeps in its
     * context (its span, its request context) the other does not see, as on worker threads. The two calls wait for
     * each other, so they run at once.
     */
    @Test
    void callsOnVirtualThreadsAtOnceHaveContextsOfTheirOwn() {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient client = transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(uri)
                    : JsonRpcTestClient.ws(uri)) {
                assertThat(client.exchange("[{\"jsonrpc\":\"2.0\",\"method\":\"ownContext\",\"params\":[\"a\"],"
                        + "\"id\":1},{\"jsonrpc\":\"2.0\",\"method\":\"ownContext\",\"params\":[\"b\"],\"id\":2}]"))
                        .as(transport.name()).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":1},"
                                + "{\"jsonrpc\":\"2.0\",\"result\":\"b\",\"id\":2}]");
            }
        }
    }

    @Test
    void aMethodRunsOnItsCallsVertxContext() {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient client = transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(uri)
                    : JsonRpcTestClient.ws(uri)) {
                assertThat(client.call(boolean.class, "workerContext")).as(transport.name()).isTrue();
                assertThat(client.call(boolean.class, "eventLoopContext")).as(transport.name()).isTrue();
            }
        }
    }

    /** Each item says where it was made: the first in the method's body, the second as the stream is subscribed to. */
    public static class Streams {
        @JsonRpc
        public Multi<ThreadInfo> stream() {
            ThreadInfo body = ThreadInfo.current();
            return Multi.createFrom().items(() -> Stream.of(body, ThreadInfo.current()));
        }

        @JsonRpc
        @Blocking
        public Multi<ThreadInfo> blockingStream() {
            ThreadInfo body = ThreadInfo.current();
            return Multi.createFrom().items(() -> Stream.of(body, ThreadInfo.current()));
        }
    }

    @Test
    void aStreamIsMadeAndSubscribedToOnTheEventLoop() {
        List<ThreadInfo> ran = bodyAndSubscription("stream");
        assertRanOn(Where.EVENT_LOOP, ran.get(0));
        assertRanOn(Where.EVENT_LOOP, ran.get(1));
    }

    @Test
    void aBlockingStreamIsMadeAndSubscribedToOnTheSameWorker() {
        List<ThreadInfo> ran = bodyAndSubscription("blockingStream");
        assertRanOn(Where.WORKER, ran.get(0));
        assertThat(ran.get(1)).isEqualTo(ran.get(0));
    }

    private List<ThreadInfo> bodyAndSubscription(String method) {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription stream = client.subscribe(method);
            return List.of(stream.next(ThreadInfo.class), stream.next(ThreadInfo.class));
        }
    }

    /** Where a method ran: {@code WORKER} may block, {@code EVENT_LOOP} must not, {@code VIRTUAL} is a virtual thread. */
    enum Where {
        WORKER,
        EVENT_LOOP,
        /** Before Java 21, where there are none, Quarkus falls back to a worker thread: never the event loop. */
        VIRTUAL
    }

    // the rules as text: QuarkusUnitTest loads the test class anew, so arguments of its own types would not match
    @ParameterizedTest(name = "{2}")
    @CsvSource({
            "plain,            WORKER,     a method returning a plain value may block",
            "uni,              EVENT_LOOP, a method returning Uni must not block",
            "completionStage,  EVENT_LOOP, a method returning CompletionStage must not block",
            "completableFuture, EVENT_LOOP, a method returning CompletableFuture must not block",
            "nonBlockingPlain, EVENT_LOOP, @NonBlocking keeps a plain method on the event loop",
            "blockingUni,      WORKER,     @Blocking sends a Uni method to a worker",
            "virtual,          VIRTUAL,    @RunOnVirtualThread never runs on the event loop",
            "inherited,        WORKER,     @Blocking on the class applies to its methods",
            "overridden,       EVENT_LOOP, the method's own annotation wins over the class's",
    })
    void aMethodRunsWhereItsSignatureAndAnnotationsSay(String method, String where, String rule) {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            ThreadInfo ran;
            try (JsonRpcTestClient client = transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(uri)
                    : JsonRpcTestClient.ws(uri)) {
                ran = client.call(ThreadInfo.class, method);
            }
            assertRanOn(Where.valueOf(where), ran);
        }
    }

    private static void assertRanOn(Where where, ThreadInfo ran) {
        switch (where) {
            case WORKER -> {
                assertThat(ran.eventLoop()).as(ran.name()).isFalse();
                assertThat(ran.blockingAllowed()).as(ran.name()).isTrue();
                assertThat(ran.name()).startsWith("executor-thread-");
            }
            case EVENT_LOOP -> {
                assertThat(ran.eventLoop()).as(ran.name()).isTrue();
                assertThat(ran.blockingAllowed()).as(ran.name()).isFalse();
                assertThat(ran.name()).startsWith("vert.x-eventloop-thread-");
            }
            case VIRTUAL -> {
                assertThat(ran.eventLoop()).as(ran.name()).isFalse();
                assertThat(ran.blockingAllowed()).as(ran.name()).isTrue();
                assertThat(ran.virtual()).isEqualTo(Runtime.version().feature() >= 21);
            }
        }
    }
}
