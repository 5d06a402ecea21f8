package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A connection has at most {@code websocket.max-subscriptions} subscriptions open: one more is answered
 * {@code -32007}, the connection stays open, and a subscription that ends (unsubscribed or completed) frees its place.
 */
public class MaxSubscriptionsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Streams.class, Json.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.max-subscriptions", "2");

    public static class Streams {

        @JsonRpc
        public Multi<String> quiet() {
            return Multi.createFrom().nothing();
        }

        @JsonRpc
        public Multi<String> once() {
            return Multi.createFrom().item("only");
        }

        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    static final JsonNode REFUSED = Json.tree("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32007,"
            + "\"message\":\"Too many subscriptions\",\"data\":\"The connection has 2 subscriptions open, the most it"
            + " may have: end one with rpc.unsubscribe first (quarkus.jsonrpc-server.websocket.max-subscriptions)\"},"
            + "\"id\":3}");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void oneMoreIsRefusedAndEndedOnesFreeTheirPlace() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(subscribe(client, "quiet", 1)).isEqualTo(result("\"1\"", 1));
            assertThat(subscribe(client, "quiet", 2)).isEqualTo(result("\"2\"", 2));
            assertThat(subscribe(client, "quiet", 3)).isEqualTo(REFUSED);
            // the connection stays open, and other calls are answered
            assertThat(subscribe(client, "ping", 4)).isEqualTo(result("\"pong\"", 4));

            assertThat(Json.tree(client.call(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"1\"],\"id\":5}")))
                    .isEqualTo(result("true", 5));
            assertThat(subscribe(client, "once", 6)).isEqualTo(result("\"3\"", 6));
            assertThat(Json.tree(client.next()).get("params").get("result").asText()).isEqualTo("only");
            assertThat(Json.tree(client.next()).get("params").get("complete").asBoolean()).isTrue();

            // subscription 3 completed: one place is free, and only one
            assertThat(subscribe(client, "quiet", 7)).isEqualTo(result("\"4\"", 7));
            assertThat(subscribe(client, "quiet", 3)).isEqualTo(REFUSED);
        }
    }

    @Test
    void theLimitIsPerConnection() {
        try (WebSocketTestConnection first = WebSocketTestConnection.open(uri);
                WebSocketTestConnection second = WebSocketTestConnection.open(uri)) {
            subscribe(first, "quiet", 1);
            subscribe(first, "quiet", 2);
            assertThat(subscribe(second, "quiet", 1)).isEqualTo(result("\"1\"", 1));
        }
    }

    private static JsonNode subscribe(WebSocketTestConnection client, String method, int id) {
        return Json.tree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":" + id + "}"));
    }

    private static JsonNode result(String result, int id) {
        return Json.tree("{\"jsonrpc\":\"2.0\",\"result\":" + result + ",\"id\":" + id + "}");
    }
}
