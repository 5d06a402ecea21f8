package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code traffic-logging.enabled} logs every message the transports receive and send, requests, answers and pushed
 * notifications, at DEBUG under {@code io.quarkiverse.jsonrpc.server.traffic}, each line naming its WebSocket
 * connection or HTTP client; a message is cut at {@code payload-limit} characters (100 by default).
 */
public class TrafficLoggingTest {

    static final String CATEGORY = "io.quarkiverse.jsonrpc.server.traffic";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Methods.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.log.category.\"" + CATEGORY + "\".level", "DEBUG");

    public static class Methods {
        @JsonRpc
        public String whoAmI(JsonRpcContext context) {
            return context.connectionId();
        }

        @JsonRpc
        public String greet(JsonRpcContext context) {
            context.notify("greeting", List.of("hello")).await().indefinitely();
            return "done";
        }

        @JsonRpc
        public int length(String text) {
            return text.length();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aWebSocketConnectionsMessagesAreLoggedWithItsId() {
        webSocketMessagesAreLogged(uri);
    }

    /** Calls, a pushed notification among them, and the lines they give, in their order. */
    static void webSocketMessagesAreLogged(URI uri) {
        List<String> lines;
        String id;
        try (LogWatch log = LogWatch.under(CATEGORY); WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String answer = client.call("{\"jsonrpc\":\"2.0\",\"method\":\"whoAmI\",\"id\":1}");
            id = answer.replaceAll(".*\"result\":\"([^\"]+)\".*", "$1");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"id\":2}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"greeting\",\"params\":[\"hello\"]}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":2}");
            // each line is logged before its message is written, so before the answer that follows it arrives
            lines = log.records().stream().map(LogWatch::message).toList();
        }

        String connection = "[websocket " + id + "] ";
        assertThat(lines).containsExactly(
                connection + "received: {\"jsonrpc\":\"2.0\",\"method\":\"whoAmI\",\"id\":1}",
                connection + "sent: {\"jsonrpc\":\"2.0\",\"result\":\"" + id + "\",\"id\":1}",
                connection + "received: {\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"id\":2}",
                connection + "sent: {\"jsonrpc\":\"2.0\",\"method\":\"greeting\",\"params\":[\"hello\"]}",
                connection + "sent: {\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":2}");
    }

    @Test
    void anHttpExchangeIsLoggedWithTheClientsAddressAndTheStatus() {
        List<String> lines;
        try (LogWatch log = LogWatch.under(CATEGORY); JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"length\",\"params\":[\"abc\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
            // a notification alone has no answer: 204
            client.notify("length", "abc");
            lines = log.records().stream().map(LogWatch::message).toList();
        }

        assertThat(lines).hasSize(4);
        String client = lines.get(0).substring(0, lines.get(0).indexOf(']') + 2);
        assertThat(client).matches("\\[http 127\\.0\\.0\\.1:\\d+\\] ");
        assertThat(lines.get(0)).isEqualTo(
                client + "received: {\"jsonrpc\":\"2.0\",\"method\":\"length\",\"params\":[\"abc\"],\"id\":1}");
        assertThat(lines.get(1)).isEqualTo(client + "sent 200: {\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        assertThat(lines.get(2)).matches("\\[http 127\\.0\\.0\\.1:\\d+\\] received: "
                + "\\{\"jsonrpc\":\"2\\.0\",\"method\":\"length\",\"params\":\\[\"abc\"\\]\\}");
        assertThat(lines.get(3)).matches("\\[http 127\\.0\\.0\\.1:\\d+\\] sent 204: \\(empty\\)");
    }

    @Test
    void aMessageIsCutAtTheDefaultLimitOfAHundredCharacters() {
        String text = "x".repeat(200);
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"length\",\"params\":[\"" + text + "\"],\"id\":1}";
        List<String> lines;
        try (LogWatch log = LogWatch.under(CATEGORY); WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(request)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":200,\"id\":1}");
            lines = log.records().stream().map(LogWatch::message).toList();
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("] received: " + request.substring(0, 100) + "...");
        assertThat(lines.get(1)).endsWith("] sent: {\"jsonrpc\":\"2.0\",\"result\":200,\"id\":1}");
    }
}
