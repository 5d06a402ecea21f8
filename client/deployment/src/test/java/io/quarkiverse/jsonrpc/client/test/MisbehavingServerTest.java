package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTrafficLog;
import io.quarkiverse.jsonrpc.client.test.MisbehavingServer.Reply;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/**
 * The client against a server that breaks the protocol, over HTTP and over a WebSocket: whatever it sends, a call ends,
 * with the exception that says what the server did, and the next call is served. The server
 * ({@link MisbehavingServer}) is a raw Vert.x one whose reply to the next request each test scripts.
 */
public class MisbehavingServerTest {

    /** Far longer than a call to a server on this machine takes, even a busy one: reached only by a hang. */
    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Adder.class, MappedAdder.class, MisbehavingServer.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.log.category.\"" + ClientTrafficLog.CATEGORY + "\".level", "DEBUG");

    @RegisterJsonRpcClient(configKey = "adder")
    public interface Adder {
        @JsonRpc
        Uni<Integer> add(int a, int b);

        /** Over a WebSocket, the only end of a call whose answer the server never sends. */
        @JsonRpc(value = "add", timeout = "300ms")
        Uni<Integer> addQuickly(int a, int b);

        /** The same, as a batch takes it: a batch's calls return plain values. */
        @JsonRpc("add")
        int addInBatch(int a, int b);

        /** Over a WebSocket, the only end of a batch call whose answer the server never sends. */
        @JsonRpc(value = "add", timeout = "300ms")
        int addInBatchQuickly(int a, int b);

        /** A subscription whose subscribe call is "add": the scripted reply is its subscribe answer. */
        @JsonRpc(value = "add", timeout = "5s")
        Multi<Integer> addStream(int a, int b);

        /** A notification, which a server answers only when it cannot read it. */
        @JsonRpc("add")
        @JsonRpcNotification
        Uni<Void> addSilently(int a, int b);

        /** Over HTTP, the end of a notification whose POST the server never answers. */
        @JsonRpc(value = "add", timeout = "300ms")
        @JsonRpcNotification
        Uni<Void> addSilentlyQuickly(int a, int b);

        /** The same, as a batch takes it. */
        @JsonRpc(value = "add", timeout = "300ms")
        @JsonRpcNotification
        void addSilentlyInBatchQuickly(int a, int b);
    }

    /** What a notification's refusal over HTTP becomes where the interface maps the server's errors. */
    @RegisterJsonRpcClient(configKey = "mapped-adder")
    public interface MappedAdder {
        @JsonRpc("add")
        @JsonRpcNotification
        Uni<Void> addSilently(int a, int b);

        @JsonRpcClientExceptionMapper
        static RuntimeException toException(JsonRpcClientException error) {
            return new IllegalArgumentException(error.method() + " refused: " + error.getMessage());
        }
    }

    static MisbehavingServer server;

    @BeforeAll
    static void start() {
        server = new MisbehavingServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void behave() {
        server.next(null);
    }

    static String url(String scheme) {
        return server.url(scheme);
    }

    /** A client of its own per case, whose ids start at 1. */
    static Adder client(String scheme) {
        return JsonRpcClientBuilder.newBuilder().url(url(scheme)).timeout(Duration.ofSeconds(30)).build(Adder.class);
    }

    /** The next call gets {@code reply}, and must fail as expected; then a good call on the same client. */
    static <T extends Throwable> T failsThenRecovers(String scheme, Reply reply, Class<T> type, String message) {
        Adder adder = client(scheme);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(reply);
            Throwable failure = catchThrowable(() -> adder.add(1, 2).await().atMost(AWAIT));
            assertThat(failure).isInstanceOf(type).hasMessage(message);
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            return type.cast(failure);
        }
    }

    /** The next call, over a WebSocket, gets {@code reply}, which answers it not: it times out; then a good call. */
    static void timesOutThenRecovers(Reply reply) {
        Adder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(reply);
            assertThatThrownBy(() -> adder.addQuickly(1, 2).await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTimeoutException.class)
                    .hasMessage(Adder.class.getName() + "#addQuickly(int, int) (add) got no answer from " + url("ws")
                            + " within 0.3s");
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    /** The next call gets {@code reply}, which answers it after all. */
    static void answered(String scheme, Reply reply) {
        Adder adder = client(scheme);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(reply);
            assertThat(adder.add(1, 2).await().atMost(AWAIT)).isEqualTo(3);
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    static String noResponse(int status, String body) {
        return "POST " + url("http") + " answered HTTP " + status + " with no JSON-RPC response: " + body;
    }

    @Test
    void notJson() {
        failsThenRecovers("http", Reply.json("Hello"), JsonRpcTransportException.class, noResponse(200, "Hello"));
        // over a WebSocket, no call can be told from it: the call waits for its answer until its timeout
        timesOutThenRecovers(Reply.json("Hello"));
    }

    @Test
    void jsonThatIsNoResponse() {
        failsThenRecovers("http", Reply.json("{\"hello\":1}"), JsonRpcTransportException.class,
                noResponse(200, "{\"hello\":1}"));
        failsThenRecovers("http", Reply.json("42"), JsonRpcTransportException.class, noResponse(200, "42"));
        failsThenRecovers("http", Reply.json("[]"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 without a response with id 1: []");
        timesOutThenRecovers(Reply.json("{\"hello\":1}"));
        timesOutThenRecovers(Reply.json("[]"));
    }

    @Test
    void aResponseToAnotherId() {
        failsThenRecovers("http", Reply.json("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":999}"),
                JsonRpcTransportException.class, "POST " + url("http") + " answered HTTP 200 without a response with id"
                        + " 1: {\"jsonrpc\":\"2.0\",\"result\":3,\"id\":999}");
        // over a WebSocket, it may be the late answer to a call that gave up: the call's own still comes
        answered("ws", Reply.json("{\"jsonrpc\":\"2.0\",\"result\":999,\"id\":999}",
                "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
        timesOutThenRecovers(Reply.json("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":999}"));
    }

    /**
     * An error with a null id, which a server sends for a message it could not read (a batch over its limit): over
     * HTTP it answers the calls of the request it came for; over a WebSocket, where the call's message is the only one
     * on its way, it answers that call alike. Where no message is left for it to answer, it is logged.
     */
    @Test
    void anErrorWithANullId() {
        String error = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
                + "\"data\":\"Batch of 101 requests over max-batch-size 100\"},\"id\":null}";
        assertThat(failsThenRecovers("http", Reply.json(error), JsonRpcClientException.class, "Invalid Request").code())
                .isEqualTo(-32600);
        // a notification's POST answered so: the notification was not taken
        Adder overHttp = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) overHttp) {
            server.next(Reply.json(error));
            assertThatThrownBy(() -> overHttp.addSilently(1, 2).await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcClientException.class).hasMessage("Invalid Request")
                    .satisfies(refused -> assertThat(((JsonRpcClientException) refused).method()).isEqualTo("add"));
        }
        // and the interface's mapper maps it, as any error of its calls
        MappedAdder mapped = JsonRpcClientBuilder.newBuilder().url(url("http")).build(MappedAdder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) mapped) {
            server.next(Reply.json(error));
            assertThatThrownBy(() -> mapped.addSilently(1, 2).await().atMost(AWAIT))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("add refused: Invalid Request");
        }
        JsonRpcClientException overWebSocket = failsThenRecovers("ws", Reply.json(error),
                JsonRpcClientException.class, "Invalid Request");
        assertThat(overWebSocket.code()).isEqualTo(-32600);
        assertThat(overWebSocket.data().asText()).isEqualTo("Batch of 101 requests over max-batch-size 100");
        // a notification's Uni completes once it is written: the error that answers it is logged
        Adder overWs = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) overWs;
                LogWatch log = LogWatch.extension()) {
            assertThat(overWs.add(1, 2).await().atMost(AWAIT)).isEqualTo(3);
            server.next(Reply.json(error));
            overWs.addSilently(1, 2).await().atMost(AWAIT);
            assertThat(LogWatch.message(log.await("with a null id", AWAIT))).isEqualTo(url("ws") + " sent error"
                    + " -32600 Invalid Request (Batch of 101 requests over max-batch-size 100) with a null id on the"
                    + " connection of the JSON-RPC client 'adder': it answers a message of notifications, which the"
                    + " server did not take");
        }
    }

    /** An id names a call only as the whole number the client sent: "1" and 1.5 are ids of no call. */
    @Test
    void anIdThatIsNotTheCallsNumber() {
        for (String id : new String[] { "\"ID\"", "ID.5" }) {
            String other = "{\"jsonrpc\":\"2.0\",\"result\":999,\"id\":" + id + "}";
            String sent = other.replace("ID", "1");
            failsThenRecovers("http", Reply.json(other), JsonRpcTransportException.class,
                    "POST " + url("http") + " answered HTTP 200 without a response with id 1: " + sent);
            answered("ws", Reply.json(other, "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
        }
        // an error for an id the client never sent is not the error of the message's every call
        String error = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"Not yours\"},\"id\":\"999\"}";
        failsThenRecovers("http", Reply.json(error), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 without a response with id 1: " + error);
        aBatchAnsweredInPart("[" + error + ",{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}]");
    }

    /** A subscribe call answered without an id: nothing to match its notifications by, and it fails. */
    @Test
    void aSubscribeCallAnsweredWithNull() {
        Adder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":ID}"));
            AssertSubscriber<Integer> items = adder.addStream(1, 2).subscribe().withSubscriber(AssertSubscriber.create(5));
            items.awaitFailure(AWAIT);
            assertThat(items.getFailure()).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("The server answered the subscribe call add with null, not a subscription id");
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    @Test
    void aResultOfAnotherType() {
        String message = "The result of " + Adder.class.getName() + "#add(int, int) cannot be read as"
                + " java.lang.Integer: Cannot deserialize value of type `java.lang.Integer` from String \"three\": not a"
                + " valid `java.lang.Integer` value";
        failsThenRecovers("http", Reply.json("{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":ID}"),
                JsonRpcTransportException.class, message);
        failsThenRecovers("ws", Reply.json("{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":ID}"),
                JsonRpcTransportException.class, message);
    }

    /**
     * An error, however malformed, fails the call as an error: what it lacks is 0 and the error as written, which also
     * keeps a code that is no integer.
     */
    @Test
    void anErrorThatIsNoErrorObject() {
        assertThat(failsThenRecovers("http", Reply.json("{\"jsonrpc\":\"2.0\",\"error\":\"boom\",\"id\":ID}"),
                JsonRpcClientException.class, "boom").code()).isZero();
        assertThat(failsThenRecovers("ws", Reply.json("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"boom\"},"
                + "\"id\":ID}"), JsonRpcClientException.class, "boom").code()).isZero();
        assertThat(failsThenRecovers("ws", Reply.json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000},\"id\":ID}"),
                JsonRpcClientException.class, "{\"code\":-32000}").code()).isEqualTo(-32000);
        // a code that is no integer: the message keeps it
        assertThat(failsThenRecovers("http",
                Reply.json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":\"E42\",\"message\":\"No\"},\"id\":ID}"),
                JsonRpcClientException.class, "{\"code\":\"E42\",\"message\":\"No\"}").code()).isZero();
        assertThat(failsThenRecovers("ws",
                Reply.json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000.5,\"message\":\"No\"},\"id\":ID}"),
                JsonRpcClientException.class, "{\"code\":-32000.5,\"message\":\"No\"}").code()).isZero();
    }

    @Test
    void anErrorPage() {
        assertThat(failsThenRecovers("http", Reply.page(500, "<html><body>Internal error</body></html>"),
                JsonRpcTransportException.class, noResponse(500, "<html><body>Internal error</body></html>"))
                .httpStatus()).isEqualTo(500);
        assertThat(failsThenRecovers("http", Reply.page(502, "<html><body>Bad gateway</body></html>"),
                JsonRpcTransportException.class, noResponse(502, "<html><body>Bad gateway</body></html>"))
                .httpStatus()).isEqualTo(502);
        // a web framework's JSON error page: its "error" is no JSON-RPC error, since it answers no request by id
        String page = "{\"timestamp\":\"2026-12-04T06:42:11Z\",\"status\":500,\"error\":\"Internal Server Error\","
                + "\"path\":\"/rpc\"}";
        assertThat(failsThenRecovers("http", new Reply(500, "application/json", List.of(page), false, null),
                JsonRpcTransportException.class, noResponse(500, page)).httpStatus()).isEqualTo(500);
    }

    @Test
    void anEmptyBody() {
        failsThenRecovers("http", Reply.json(""), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 OK without a JSON-RPC response");
        timesOutThenRecovers(Reply.json(""));
    }

    /**
     * The answer has both members, which JSON-RPC forbids: whether the method ran is unknown, so it is no error of the
     * method's but a broken answer, in a batch too.
     */
    @Test
    void bothAResultAndAnError() {
        String both = "{\"jsonrpc\":\"2.0\",\"result\":3,\"error\":{\"code\":-32000,\"message\":\"No\"},\"id\":ID}";
        String message = "The server answered " + Adder.class.getName() + "#add(int, int) with both a result and an"
                + " error, which JSON-RPC forbids: result 3, error {\"code\":-32000,\"message\":\"No\"}";
        failsThenRecovers("http", Reply.json(both), JsonRpcTransportException.class, message);
        failsThenRecovers("ws", Reply.json(both), JsonRpcTransportException.class, message);
        Adder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[" + both.replace("ID", "1") + ",{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":2}]"));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            String inBatch = message.replace("#add(", "#addInBatch(");
            assertThatThrownBy(() -> batch.send().await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage(inBatch);
            assertThatThrownBy(first::get).isInstanceOf(JsonRpcTransportException.class).hasMessage(inBatch);
            assertThat(second.get()).isEqualTo(7);
        }
    }

    /**
     * A batch answered with an error whose id is null (about a member the server could not read) before the responses
     * of the others: each call with a response gets it, the rest the error, whatever the order.
     */
    @Test
    void aNullIdErrorAheadOfTheResponsesOfABatch() {
        Adder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\"},"
                    + "\"id\":null},{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}]"));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            batch.send().await().atMost(AWAIT);
            assertThat(first.get()).isEqualTo(3);
            assertThatThrownBy(second::get).isInstanceOf(JsonRpcClientException.class).hasMessage("Invalid Request");
        }
    }

    /** What the server says of its version changes nothing in an answer a client can read. */
    @Test
    void anotherOrNoVersion() {
        answered("http", Reply.json("{\"jsonrpc\":\"1.0\",\"result\":3,\"id\":ID}"));
        answered("ws", Reply.json("{\"jsonrpc\":\"1.0\",\"result\":3,\"id\":ID}"));
        // JSON-RPC 1.0's shape: no version, and the member not used is null
        answered("http", Reply.json("{\"result\":3,\"error\":null,\"id\":ID}"));
        answered("ws", Reply.json("{\"result\":3,\"error\":null,\"id\":ID}"));
        assertThat(failsThenRecovers("ws", Reply.json("{\"result\":null,\"error\":{\"code\":-32000,\"message\":\"No\"},"
                + "\"id\":ID}"), JsonRpcClientException.class, "No").code()).isEqualTo(-32000);
    }

    @Test
    void aBatchAnsweredByOneResponse() {
        aBatchAnsweredInPart("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
    }

    @Test
    void aBatchAnsweredByFewerResponses() {
        aBatchAnsweredInPart("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}]");
    }

    /**
     * A member that is not JSON-RPC is left out: the others still answer their calls. Over a WebSocket, the call the
     * bad member names waits for its own answer, until its timeout.
     */
    @Test
    void aBatchAnswerWithAMemberThatIsNoResponse() throws InterruptedException {
        aBatchAnsweredInPart("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"id\":2}]");
        // the server's request after the answer: the client refuses it once it has read the answer, which came first
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"who.are.you\",\"id\":\"s1\"}";
        String refusal = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},"
                + "\"id\":\"s1\"}";
        Adder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            // the client's 30s: the batch is answered, and the refusal sent, long before its timeout
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"id\":2}]",
                    request));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            UniAssertSubscriber<Void> sent = batch.send().subscribe().withSubscriber(UniAssertSubscriber.create());
            assertThat(server.answersFromClient.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(refusal);
            assertThat(first.get()).isEqualTo(3);
            assertThat(second.isDone()).isFalse();
            sent.assertNotTerminated();

            // the same answer, its bad member first, to calls of 0.3s on the open connection: the call the bad member
            // names times out, and the batch with it. The other's answer may come after 0.3s on a busy machine
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"id\":3},{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":4}]"));
            JsonRpcBatch<Adder> quick = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> unanswered = quick.add(a -> a.addInBatchQuickly(1, 2));
            quick.add(a -> a.addInBatchQuickly(3, 4));
            String timedOut = "The batch got no answer to its call 3 (" + Adder.class.getName()
                    + "#addInBatchQuickly(int, int)) from " + url("ws") + " within 0.3s";
            assertThatThrownBy(() -> quick.send().await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTimeoutException.class).hasMessage(timedOut);
            assertThatThrownBy(unanswered::get).isInstanceOf(JsonRpcTimeoutException.class).hasMessage(timedOut);
        }
    }

    @Test
    void aNotificationThatGetsNoAnswerOverHttpTimesOutAsItsMethodSays() {
        Adder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            // the client's 30s, the notification's 0.3s: its own
            server.next(Reply.silence());
            assertThatThrownBy(() -> adder.addSilentlyQuickly(1, 2).await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTimeoutException.class)
                    .hasMessage(Adder.class.getName() + "#addSilentlyQuickly(int, int) (add) got no answer from "
                            + url("http") + " within 0.3s");
            server.next(Reply.silence());
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            batch.addVoid(a -> a.addSilentlyInBatchQuickly(1, 2));
            batch.addVoid(a -> a.addSilentlyInBatchQuickly(3, 4));
            assertThatThrownBy(() -> batch.send().await().atMost(AWAIT)).isInstanceOf(JsonRpcTimeoutException.class)
                    .hasMessage("The batch of notifications got no answer from " + url("http") + " within 0.3s");
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    /** The call answered keeps its result; the other fails, and so does the batch. */
    static void aBatchAnsweredInPart(String answer) {
        Adder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json(answer));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            // a new client's ids: 1 and 2
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            String missing = "POST " + url("http") + " answered HTTP 200 without a response with id 2: " + answer;
            assertThatThrownBy(() -> batch.send().await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage(missing);
            assertThat(first.get()).isEqualTo(3);
            assertThatThrownBy(second::get).isInstanceOf(JsonRpcTransportException.class).hasMessage(missing);
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    /** As a call's own result: the entry fails, and so does the batch, while the other entries keep theirs. */
    @Test
    void aBatchResultOfAnotherType() {
        Adder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":2}]"));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            String unreadable = "The result of " + Adder.class.getName() + "#addInBatch(int, int) cannot be read as"
                    + " int: Cannot deserialize value of type `int` from String \"three\": not a valid `int` value";
            assertThatThrownBy(() -> batch.send().await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
            assertThatThrownBy(first::get).isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
            assertThat(second.get()).isEqualTo(7);
            assertThat(adder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        }
    }

    /** A null for a primitive result fails the entry as it fails a call of its own, rather than reading 0. */
    @Test
    void aBatchNullForAnInt() {
        Adder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}]"));
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> sum = batch.add(a -> a.addInBatch(1, 2));
            String method = Adder.class.getName() + "#addInBatch(int, int)";
            String unreadable = "The result of " + method + " cannot be read as int: the server answered null, and "
                    + method + " returns int";
            assertThatThrownBy(() -> batch.send().await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
            assertThatThrownBy(sum::get).isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
        }
    }

    /** A server that sends its JSON in binary messages is understood; what is not JSON is not, as in text. */
    @Test
    void aBinaryMessage() {
        answered("ws", Reply.binary("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
        timesOutThenRecovers(Reply.binary("\u0000\u0001Hello"));
    }

    /** The call fails at once, and the next call opens a new connection. */
    @Test
    void hangingUpDuringACall() {
        failsThenRecovers("http", Reply.hangUp(), JsonRpcTransportException.class,
                "POST " + url("http") + " failed: Connection was closed");
        failsThenRecovers("ws", Reply.hangUp(), JsonRpcTransportException.class,
                "The WebSocket connection to " + url("ws") + " closed (1011 Server restarting) before the answer"
                        + " arrived");
    }

    /**
     * A notification nobody listens to, and a request a client cannot serve, change nothing for the call; the request
     * gets the answer for an unknown method.
     */
    @Test
    void aNotificationNobodyListensTo() throws InterruptedException {
        answered("ws", Reply.json("{\"jsonrpc\":\"2.0\",\"method\":\"nobody.listens\",\"params\":[1]}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"who.are.you\",\"id\":\"s1\"}",
                "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
        assertThat(server.answersFromClient.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":\"s1\"}");
    }

    /** Traffic logging shows what the server sent in one message, and the client's answer to its request. */
    @Test
    void theRefusalOfARequestIsLoggedAsSent() throws InterruptedException {
        String refusal = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},"
                + "\"id\":\"s1\"}";
        Adder adder = JsonRpcClientBuilder.newBuilder().url(url("ws")).trafficLogging(-1).build(Adder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder;
                LogWatch log = LogWatch.under(ClientTrafficLog.CATEGORY)) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"method\":\"who.are.you\",\"id\":\"s1\"}",
                    "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
            assertThat(adder.add(1, 2).await().atMost(AWAIT)).isEqualTo(3);
            assertThat(server.answersFromClient.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(refusal);
            assertThat(log.records()).extracting(LogWatch::message).contains("[adder " + url("ws") + "] sent: " + refusal);
        }
    }
}
