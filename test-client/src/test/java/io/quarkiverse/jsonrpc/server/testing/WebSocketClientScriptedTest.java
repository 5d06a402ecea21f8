package io.quarkiverse.jsonrpc.server.testing;

import static io.quarkiverse.jsonrpc.server.testing.ThreadStates.awaitWaitingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@link JsonRpcTestClient} over WebSocket against a server whose every answer a test writes. */
class WebSocketClientScriptedTest {

    private static final String TOO_LARGE = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
            + "\"data\":\"3 requests, over the limit of 2\"},\"id\":null}";

    /** A server with a batch limit refuses a larger batch with one error whose id is null. */
    @Test
    void aBatchRefusedAsAWholeForItsSizeIsAnError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text(TOO_LARGE);
            assertThat(peer.readText()).contains("\"method\":\"echo\"");
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":\"fresh\",\"id\":\"x\"}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.batch().call("a").call("b").call("c").send())
                    .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> {
                        assertThat(e.code()).isEqualTo(-32600);
                        assertThat(e.data().asText()).isEqualTo("3 requests, over the limit of 2");
                    });
            // the refusal was the batch's, not left behind for the next exchange
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":\"x\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh\",\"id\":\"x\"}");
            server.awaitScript();
        }
    }

    /** A batch of notifications only gets no answer, unless the server refuses it as a whole. */
    @Test
    void aBatchOfNotificationsRefusedAsAWholeIsAnError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text(TOO_LARGE);
            String probe = peer.readText();
            assertThat(probe).contains("\"method\":\"rpc.probe\"");
            peer.text("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":"
                    + probe.replaceAll(".*\"id\":(\\d+).*", "$1") + "}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.batch().notify("a").notify("b").notify("c").send())
                    .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> assertThat(e.code()).isEqualTo(-32600));
            server.awaitScript();
        }
    }

    /** A refused upgrade whose body is chunked: the exception carries the body, put back together. */
    @Test
    void aRefusedUpgradeWithAChunkedBody() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nOrigi\r\nD;note=x\r\nn not allowed\r\n0\r\n\r\n")) {
            assertThatThrownBy(() -> JsonRpcTestClient.ws(server.uri()))
                    .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.body()).isEqualTo("Origin not allowed");
                    })
                    .hasMessageEndingWith("/jsonrpc was answered with 403: Origin not allowed");
            server.awaitScript();
        }
    }

    /** A server that closes the connection instead of answering: the exchange says so, it does not return null. */
    @Test
    void anExchangeTheServerClosesTheConnectionOn() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.frame(0x8, true, false, FrameCodec.closePayload(1009, "message too big"));
            peer.read();
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofMinutes(1)).ws(server.uri())) {
            assertThatThrownBy(() -> client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"big\",\"id\":\"b\"}"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("No response: the connection closed: 1009 message too big");
            server.awaitScript();
        }
    }

    /**
     * A call on a connection the server has closed already (an open hook turning it away) fails as one the server
     * closed the connection on: how far the closing had got when the call was made does not show.
     */
    @Test
    void aCallOnAConnectionClosedAlreadyHasNoResponse() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.frame(0x8, true, false, FrameCodec.closePayload(1008, "Say who you are"));
            peer.read();
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30)).ws(server.uri())) {
            // the client has been told of the close
            assertThatThrownBy(() -> client.nextNotification(Duration.ofSeconds(30))).isInstanceOf(AssertionError.class)
                    .hasMessage("No notification received: the connection closed: 1008 Say who you are");
            assertThatThrownBy(() -> client.call("me")).isInstanceOf(AssertionError.class)
                    .hasMessage("No response: the connection closed: 1008 Say who you are");
            assertThatThrownBy(() -> client.notify("seen")).isInstanceOf(AssertionError.class)
                    .hasMessage("Cannot send: the connection closed: 1008 Say who you are");
            server.awaitScript();
        }
    }

    /**
     * A call the server does not read fails saying so, once the timeout has passed: not as the close its client made
     * of the connection then (it drops it, and its reader records that end, sometimes before the call has failed).
     */
    @Test
    void aCallTheServerDoesNotReadFailsSayingSo() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(2)).ws(server.uri())) {
            // larger than the socket buffers of a server that reads nothing
            assertThatThrownBy(() -> client.call("echo", " ".repeat(16 * 1024 * 1024)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("Could not send a text message within PT2S: the server does not read");
            failed.countDown();
            server.awaitScript();
        }
    }

    /** A notification gets no response: a probe closes the wait, rather than the whole timeout. */
    @Test
    void anExchangedNotificationIsAnsweredByNothing() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.readText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"update\",\"params\":[1]}");
            String probe = peer.readText();
            peer.text("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":"
                    + probe.replaceAll(".*\"id\":(\\d+).*", "$1") + "}");
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30)).ws(server.uri())) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"update\",\"params\":[1]}")).isNull();
            server.awaitScript();
        }
    }

    /**
     * An answer that came late, to a call that gave up waiting, is no answer to a notification exchanged after it (nor
     * to an exchange of another thread): only an error without an id is.
     */
    @Test
    void aLateAnswerIsNoAnswerToAnExchangedNotification() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.readText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"update\",\"params\":[1]}");
            String probe = peer.readText();
            // the answer to a call of another id, which nobody waits for any more
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":99}");
            peer.text("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":"
                    + probe.replaceAll(".*\"id\":(\\d+).*", "$1") + "}");
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30)).ws(server.uri())) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"update\",\"params\":[1]}")).isNull();
            server.awaitScript();
        }
    }

    /**
     * A request from the server (a method and an id) that has the id of a call waiting is no response to it: the call
     * gets its own response.
     */
    @Test
    void aRequestFromTheServerWithTheIdOfACallIsNoResponse() throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"confirm\",\"params\":[\"sure?\"],\"id\":1}";
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            assertThat(peer.readText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"delete\",\"params\":[],\"id\":1}");
            peer.text(request);
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":1}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThat(client.call(boolean.class, "delete")).isTrue();
            server.awaitScript();
        }
    }

    /**
     * A server that closes the connection while a test waits for a subscription's items or a notification: the wait
     * ends there, and says why, rather than after the whole timeout with "nothing received".
     */
    @Test
    void theEndOfTheConnectionEndsTheWaitsForWhatTheServerSends() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":\"s\",\"id\":1}");
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"s\","
                    + "\"result\":0}}");
            peer.text("{\"jsonrpc\":\"2.0\",\"method\":\"news\"}");
            peer.frame(0x8, true, false, FrameCodec.closePayload(1011, "crashed"));
            peer.read();
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofSeconds(30)).ws(server.uri())) {
            JsonRpcSubscription subscription = client.subscribe("count");
            assertThat(subscription.next().asInt()).isZero();
            assertThatThrownBy(subscription::awaitItems).isInstanceOf(AssertionError.class)
                    .hasMessage("Nothing more on subscription s: the connection closed: 1011 crashed");
            // what came before the end is still there
            assertThat(client.nextNotification(Duration.ofSeconds(30)).method()).isEqualTo("news");
            assertThatThrownBy(() -> client.nextNotification(Duration.ofSeconds(30))).isInstanceOf(AssertionError.class)
                    .hasMessage("No notification received: the connection closed: 1011 crashed");
            assertThat(client.pollNotification(Duration.ofSeconds(30))).isNull();
            server.awaitScript();
        }
    }

    /**
     * A method whose result is a string is taken for a subscription, its result for the id: nothing comes on it, so
     * {@code next()} fails once the client's timeout has passed, naming that result.
     */
    @Test
    void aStringResultTakenForASubscriptionGetsNothing() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":\"hello\",\"id\":1}");
            peer.read(); // the client's close
        }); JsonRpcTestClient client = JsonRpcTestClient.builder().timeout(Duration.ofMillis(300)).ws(server.uri())) {
            JsonRpcSubscription subscription = client.subscribe("greet");
            assertThat(subscription.id()).isEqualTo("hello");
            assertThatThrownBy(subscription::next).isInstanceOf(AssertionError.class)
                    .hasMessage("Nothing received on subscription hello within PT0.3S");
        }
    }

    /**
     * A typed call made while an exchange written with id 1 waits takes another id: the exchange's answer, which comes
     * first, is the exchange's, not the call's (typed calls number theirs 1, 2, 3...).
     */
    @Test
    void aTypedCallTakesAnotherIdThanAnExchangeInFlight() throws Exception {
        CountDownLatch exchangeRead = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            String exchanged = peer.readText();
            exchangeRead.countDown();
            String typed = peer.readText();
            peer.text(exchanged.replace("\"method\":\"raw\"", "\"result\":\"for the exchange\""));
            peer.text(typed.replace("\"method\":\"typed\"", "\"result\":\"for the call\""));
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            CompletableFuture<String> exchange = CompletableFuture
                    .supplyAsync(() -> client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"raw\",\"id\":1}"));
            assertThat(exchangeRead.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(client.call(String.class, "typed")).isEqualTo("for the call");
            assertThat(exchange.get(10, TimeUnit.SECONDS))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"for the exchange\",\"id\":1}");
            server.awaitScript();
        }
    }

    /**
     * An exchange written with the id of a typed call in flight is sent once that call has its answer: a notification
     * the test sends meanwhile reaches the server first.
     */
    @Test
    void anExchangeWithTheIdOfACallInFlightWaitsForItsAnswer() throws Exception {
        CountDownLatch callRead = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            String typed = peer.readText();
            callRead.countDown();
            assertThat(peer.readText()).contains("\"method\":\"meanwhile\"");
            peer.text(typed.replace("\"method\":\"typed\"", "\"result\":\"for the call\""));
            String exchanged = peer.readText();
            peer.text(exchanged.replace("\"method\":\"raw\"", "\"result\":\"for the exchange\""));
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> client.call(String.class, "typed"));
            assertThat(callRead.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> exchange = new CompletableFuture<>();
            Thread exchanging = DaemonThreads.of(() -> exchange.complete(
                    client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"raw\",\"id\":1}")), "exchanging");
            exchanging.start();
            awaitWaitingIn(exchanging, CallIds.class);
            client.notify("meanwhile");
            assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("for the call");
            assertThat(exchange.get(10, TimeUnit.SECONDS))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"for the exchange\",\"id\":1}");
            server.awaitScript();
        }
    }

    /**
     * Exchanges from two threads at once, answered in the other order: each gets the response with its own id, as
     * calls do, not whichever came first.
     */
    @Test
    void concurrentExchangesGetTheirOwnResponses() throws Exception {
        CountDownLatch aRead = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            String a = peer.readText();
            aRead.countDown();
            String b = peer.readText();
            peer.text(b.replace("\"method\":\"echo\"", "\"result\":\"for b\""));
            peer.text(a.replace("\"method\":\"echo\"", "\"result\":\"for a\""));
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            CompletableFuture<String> a = CompletableFuture
                    .supplyAsync(() -> client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":\"a\"}"));
            assertThat(aRead.await(10, TimeUnit.SECONDS)).isTrue();
            String b = client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":\"b\"}");
            assertThat(b).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"for b\",\"id\":\"b\"}");
            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"for a\",\"id\":\"a\"}");
            server.awaitScript();
        }
    }
}
