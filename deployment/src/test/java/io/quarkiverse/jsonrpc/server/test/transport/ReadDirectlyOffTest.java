package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;

/**
 * With {@code websocket.read-directly=false} websockets-next dispatches every message to the endpoint's callback, the
 * path also taken where its Vert.x WebSocket cannot be reached: calls, notifications and subscriptions work the same.
 */
public class ReadDirectlyOffTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Methods.class, TransportDefaultsTest.Texts.class, FragmentedAnswers.class,
                            ReadDirectlyTest.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.read-directly", "false")
            .overrideConfigKey("quarkus.websockets-next.server.max-frame-size", "1000")
            .overrideConfigKey("quarkus.websockets-next.server.traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.log.category.\"" + ReadDirectlyTest.WEBSOCKETS_NEXT_TRAFFIC + "\".level",
                    "DEBUG");

    public static class Methods {
        @JsonRpc
        public int subtract(int minuend, int subtrahend) {
            return minuend - subtrahend;
        }

        @JsonRpc
        @NonBlocking
        public int fastSubtract(int minuend, int subtrahend) {
            return minuend - subtrahend;
        }

        @JsonRpc
        public String greet(JsonRpcContext context) {
            context.notify("greeting", List.of("hello")).await().indefinitely();
            return "done";
        }

        @JsonRpc
        public Multi<Integer> count(int n) {
            return Multi.createFrom().range(0, n);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void webSocketsNextReadsTheMessages() {
        List<String> lines = ReadDirectlyTest.webSocketsNextTraffic(uri);

        assertThat(lines)
                .anyMatch(line -> line.contains("received text message") && line.endsWith(ReadDirectlyTest.CALL));
    }

    /**
     * Over max-message-size, websockets-next drops the message and closes with 1011 and Vert.x's reason (not the
     * transport's 1009): 263 frames of 1000 bytes, none over max-frame-size, add up to more than the default 262144.
     */
    @Test
    void aMessageOverTheMessageSizeClosesTheConnectionWith1011() {
        byte[][] fragments = new byte[263][];
        Arrays.fill(fragments, "x".repeat(1000).getBytes(StandardCharsets.UTF_8));
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.sendFragments(fragments);
            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1011, "Cannot process text frame of size 1000,"
                    + " it would cause message buffer (size 262000) to overflow max message size of 262144"));
        }
    }

    @Test
    void answersOfSeveralFramesFinishedAtOnceDoNotInterleave() {
        FragmentedAnswers.doNotInterleave(uri);
    }

    @Test
    void messagesGoThroughTheEndpointCallback() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"fastSubtract\",\"params\":[42,23],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":2}");

            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"id\":3}");
            assertThat(client.next())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"greeting\",\"params\":[\"hello\"]}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":3}");

            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"count\",\"params\":[2],\"id\":4}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1\",\"id\":4}");
            assertThat(client.next()).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"1\",\"result\":0}}");
            assertThat(client.next()).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"1\",\"result\":1}}");
            assertThat(client.next()).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"1\",\"complete\":true}}");
        }
    }
}
