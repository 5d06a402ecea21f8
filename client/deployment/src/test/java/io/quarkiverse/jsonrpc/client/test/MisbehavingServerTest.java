package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The client against a server that breaks the protocol, over HTTP and over a WebSocket: whatever it sends, a call ends,
 * with the exception that says what the server did, and the next call is served. The server is a raw Vert.x one whose
 * answer each test scripts.
 */
public class MisbehavingServerTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Adder.class));

    @RegisterJsonRpcClient(configKey = "adder")
    public interface Adder {
        @JsonRpc
        int add(int a, int b);

        /** Over a WebSocket, the only end of a call the server never answers. */
        @JsonRpc(value = "add", timeout = "300ms")
        int addQuickly(int a, int b);
    }

    /** What the server's answer to one message is. */
    record Answer(int status, String body) {
        static Answer ok(String body) {
            return new Answer(200, body);
        }
    }

    static Vertx vertx;
    static HttpServer server;
    /** The server's answer to a request, until a test scripts another; a well-behaved one first. */
    static volatile Function<JsonObject, Answer> answer;
    static volatile ServerWebSocket lastSocket;

    static Answer wellBehaved(JsonObject request) {
        List<?> params = request.getJsonArray("params").getList();
        int sum = ((Number) params.get(0)).intValue() + ((Number) params.get(1)).intValue();
        return Answer.ok("{\"jsonrpc\":\"2.0\",\"result\":" + sum + ",\"id\":" + request.getValue("id") + "}");
    }

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> {
                    lastSocket = ws;
                    ws.textMessageHandler(text -> {
                        Answer reply = answer.apply(firstRequest(text));
                        if (reply.status() == 200) {
                            ws.writeTextMessage(reply.body());
                        } else if (reply.status() == 1) {
                            ws.writeBinaryMessage(Buffer.buffer(reply.body()));
                        } else if (reply.status() == 1000) {
                            ws.close();
                        }
                    });
                })
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Answer reply = answer.apply(firstRequest(body.toString()));
                    request.response().setStatusCode(reply.status())
                            .putHeader("Content-Type", reply.body().startsWith("<") ? "text/html" : "application/json")
                            .end(reply.body());
                }))
                .listen(0).toCompletionStage().toCompletableFuture().join();
    }

    /** The request, or a batch's first. */
    static JsonObject firstRequest(String message) {
        return message.startsWith("[") ? new JsonArray(message).getJsonObject(0) : new JsonObject(message);
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void behave() {
        answer = MisbehavingServerTest::wellBehaved;
    }

    static String url(String scheme) {
        return scheme + "://localhost:" + server.actualPort() + "/rpc";
    }

    static Adder client(String scheme) {
        return JsonRpcClientBuilder.newBuilder().url(url(scheme)).timeout(Duration.ofSeconds(30)).build(Adder.class);
    }

    /** One call against the scripted answer, which must fail as expected, then a good call on the same client. */
    static <T extends Throwable> T failsThenRecovers(String scheme, Function<JsonObject, Answer> misbehaviour,
            Class<T> type, String message) {
        Adder adder = client(scheme);
        try {
            answer = misbehaviour;
            Throwable failure = catchThrowable(() -> adder.add(1, 2));
            assertThat(failure).isInstanceOf(type).hasMessage(message);
            answer = MisbehavingServerTest::wellBehaved;
            assertThat(adder.add(2, 3)).isEqualTo(5);
            return type.cast(failure);
        } finally {
            ((JsonRpcClientControl) adder).close();
        }
    }

    static Function<JsonObject, Answer> reply(String body) {
        return request -> Answer.ok(body.replace("ID", String.valueOf(request.getValue("id"))));
    }

    @Test
    void notJsonOverHttp() {
        failsThenRecovers("http", reply("Hello"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 with no JSON-RPC response: Hello");
    }

    @Test
    void jsonThatIsNoResponse() {
        failsThenRecovers("http", reply("{\"hello\":1}"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 with no JSON-RPC response: {\"hello\":1}");
        failsThenRecovers("http", reply("42"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 with no JSON-RPC response: 42");
        failsThenRecovers("http", reply("[]"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 without a response to this request");
    }

    @Test
    void aResponseToAnotherId() {
        failsThenRecovers("http", reply("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":999}"), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 without a response to this request");
    }

    @Test
    void aResultOfAnotherType() {
        String message = "The result of " + Adder.class.getName()
                + "#add(int, int) cannot be read as int: Cannot deserialize value of type `int` from String \"three\":"
                + " not a valid `int` value";
        failsThenRecovers("http", reply("{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":ID}"),
                JsonRpcTransportException.class, message);
        failsThenRecovers("ws", reply("{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":ID}"),
                JsonRpcTransportException.class, message);
    }

    /** An error, however malformed, fails the call as an error: what it lacks is 0 and the error as written. */
    @Test
    void anErrorThatIsNoErrorObject() {
        assertThat(failsThenRecovers("http", reply("{\"jsonrpc\":\"2.0\",\"error\":\"boom\",\"id\":ID}"),
                JsonRpcClientException.class, "boom").code()).isZero();
        assertThat(failsThenRecovers("ws", reply("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000},\"id\":ID}"),
                JsonRpcClientException.class, "{\"code\":-32000}").code()).isEqualTo(-32000);
        assertThat(failsThenRecovers("http",
                reply("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":\"E42\",\"message\":\"No\"},\"id\":ID}"),
                JsonRpcClientException.class, "No").code()).isZero();
    }

    @Test
    void anHtmlErrorPage() {
        failsThenRecovers("http", request -> new Answer(502, "<html><body>Bad gateway</body></html>"),
                JsonRpcTransportException.class, "POST " + url("http") + " answered HTTP 502 with no JSON-RPC response:"
                        + " <html><body>Bad gateway</body></html>");
    }

    @Test
    void anEmptyBody() {
        failsThenRecovers("http", request -> Answer.ok(""), JsonRpcTransportException.class,
                "POST " + url("http") + " answered HTTP 200 OK without a JSON-RPC response");
    }

    @Test
    void aBatchAnsweredInPart() {
        Adder adder = client("http");
        try {
            answer = request -> Answer.ok("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.add(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.add(3, 4));
            assertThatThrownBy(() -> batch.send().await().atMost(Duration.ofSeconds(30)))
                    .isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST " + url("http") + " answered HTTP 200 without a response to this request");
            assertThat(first.get()).isEqualTo(3);
            assertThatThrownBy(second::get).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST " + url("http") + " answered HTTP 200 without a response to this request");
        } finally {
            ((JsonRpcClientControl) adder).close();
        }
    }

    /** As a call's own result: the entry fails, and so does the batch, while the other entries keep theirs. */
    @Test
    void aBatchResultOfAnotherType() {
        Adder adder = client("ws");
        try {
            answer = request -> Answer.ok("[{\"jsonrpc\":\"2.0\",\"result\":\"three\",\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":2}]");
            JsonRpcBatch<Adder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.add(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.add(3, 4));
            String unreadable = "The result of " + Adder.class.getName() + "#add(int, int) cannot be read as int:"
                    + " Cannot deserialize value of type `int` from String \"three\": not a valid `int` value";
            assertThatThrownBy(() -> batch.send().await().atMost(Duration.ofSeconds(30)))
                    .isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
            assertThatThrownBy(first::get).isInstanceOf(JsonRpcTransportException.class).hasMessage(unreadable);
            assertThat(second.get()).isEqualTo(7);
        } finally {
            ((JsonRpcClientControl) adder).close();
        }
    }

    @Test
    void notJsonOverWebSocket() {
        Adder adder = client("ws");
        try {
            answer = request -> Answer.ok("Hello");
            // no call can be told from it: the call waits for its answer until its timeout
            assertThatThrownBy(() -> adder.addQuickly(1, 2)).isInstanceOf(JsonRpcTimeoutException.class)
                    .hasMessage(Adder.class.getName() + "#addQuickly(int, int) (add) got no answer from " + url("ws")
                            + " within 0.3s");
            answer = MisbehavingServerTest::wellBehaved;
            assertThat(adder.add(2, 3)).isEqualTo(5);
        } finally {
            ((JsonRpcClientControl) adder).close();
        }
    }

    /** A server that sends its JSON in binary messages is understood. */
    @Test
    void aBinaryMessage() {
        Adder adder = client("ws");
        try {
            answer = request -> new Answer(1, wellBehaved(request).body());
            assertThat(adder.add(1, 2)).isEqualTo(3);
        } finally {
            ((JsonRpcClientControl) adder).close();
        }
    }

    @Test
    void closedDuringACall() {
        failsThenRecovers("ws", request -> new Answer(1000, ""), JsonRpcTransportException.class,
                "The WebSocket connection to " + url("ws") + " closed (1000) before the answer arrived");
    }
}
