package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.client.test.MisbehavingServer.Reply;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** How answers are matched to calls by id, and what a subscription does with a subscribe answer that holds no id. */
public class AnswerMatchingTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(MatchedAdder.class, MisbehavingServer.class));

    @RegisterJsonRpcClient(configKey = "matched")
    public interface MatchedAdder {
        @JsonRpc
        Uni<Integer> add(int a, int b);

        @JsonRpc("add")
        int addInBatch(int a, int b);

        /** A subscription whose subscribe call is "add": the scripted reply is its subscribe answer. */
        @JsonRpc(value = "add", timeout = "5s")
        Multi<Integer> addStream(int a, int b);
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

    static MatchedAdder client(String scheme) {
        return JsonRpcClientBuilder.newBuilder().url(server.url(scheme)).timeout(Duration.ofSeconds(30))
                .build(MatchedAdder.class);
    }

    /** An error for the string id "999", which the server never got: a response for another id. */
    @Test
    void anErrorForAStringIdItNeverGotOverHttp() {
        MatchedAdder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"Not yours\"},"
                    + "\"id\":\"999\"}"));
            Throwable failure = catchThrowable(() -> adder.add(1, 2).await().atMost(AWAIT));
            assertThat(failure).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessageContaining("without a response with id 1");
        }
    }

    /** A batch answered with both results and with an error for an id "x" it never sent: each call keeps its own. */
    @Test
    void aStrayStringIdErrorInABatchAnswersNoCall() {
        MatchedAdder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"Stray\"},\"id\":\"x\"},"
                    + "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":2}]"));
            JsonRpcBatch<MatchedAdder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            JsonRpcBatch.Entry<Integer> second = batch.add(a -> a.addInBatch(3, 4));
            catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(catchThrowable(first::get)).as("entry 1's failure").isNull();
            assertThat(first.get()).isEqualTo(3);
            assertThat(second.get()).isEqualTo(7);
        }
    }

    /** An id 1.5 is not the id 1 the request carried. */
    @Test
    void aFractionalIdIsNotTheCallsIdOverHttp() {
        MatchedAdder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"result\":999,\"id\":1.5}"));
            Throwable failure = catchThrowable(() -> adder.add(1, 2).await().atMost(AWAIT));
            assertThat(failure).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessageContaining("without a response with id 1");
        }
    }

    /** Over a WebSocket, a response for id 1.5 comes first, then call 1's own: the call gets its own answer. */
    @Test
    void aFractionalIdIsNotTheCallsIdOverWebSocket() {
        MatchedAdder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"result\":999,\"id\":ID.5}",
                    "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":ID}"));
            assertThat(adder.add(1, 2).await().atMost(AWAIT)).isEqualTo(3);
        }
    }

    /** A batch answer with a member that lacks result and error: the well-formed answer to call 1 still answers it. */
    @Test
    void aMalformedMemberLeavesTheOtherAnswersOfABatchOverWebSocket() {
        MatchedAdder adder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).timeout(Duration.ofSeconds(2))
                .build(MatchedAdder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"id\":2}]"));
            JsonRpcBatch<MatchedAdder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            batch.add(a -> a.addInBatch(3, 4));
            catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(catchThrowable(first::get)).as("entry 1's failure").isNull();
        }
    }

    /** The same over HTTP. */
    @Test
    void aMalformedMemberLeavesTheOtherAnswersOfABatchOverHttp() {
        MatchedAdder adder = client("http");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"id\":2}]"));
            JsonRpcBatch<MatchedAdder> batch = JsonRpcBatch.of(adder);
            JsonRpcBatch.Entry<Integer> first = batch.add(a -> a.addInBatch(1, 2));
            batch.add(a -> a.addInBatch(3, 4));
            catchThrowable(() -> batch.send().await().atMost(AWAIT));
            assertThat(catchThrowable(first::get)).as("entry 1's failure").isNull();
        }
    }

    /** A subscribe call answered with a null result, no subscription id: the subscription fails. */
    @Test
    void aSubscriptionAnsweredWithNullEnds() {
        MatchedAdder adder = client("ws");
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.json("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":ID}"));
            AssertSubscriber<Integer> items = adder.addStream(1, 2).subscribe().withSubscriber(AssertSubscriber.create(5));
            items.awaitFailure(AWAIT);
        }
    }
}
