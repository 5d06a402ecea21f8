package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** Notifications to one connection, to a group, to everyone, from a method and from any bean. */
public class NotifierTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Chat.class, Json.class));

    public static class Chat {

        @Inject
        JsonRpcNotifier notifier;

        @JsonRpc
        public String join(String room, JsonRpcContext context) {
            context.join(room);
            return context.connectionId();
        }

        @JsonRpc
        public void leave(String room, JsonRpcContext context) {
            context.leave(room);
        }

        @JsonRpc
        public Uni<Void> say(String room, String text) {
            return notifier.group(room).send("chat.message", Map.of("room", room, "text", text));
        }

        @JsonRpc
        public String work(JsonRpcContext context) {
            context.notify("progress", Map.of("percent", 50)).await().indefinitely();
            return "done";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    JsonRpcNotifier notifier;

    @Test
    void groupNotificationReachesMembersOnly() throws Exception {
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(uri);
                WebSocketTestConnection bob = WebSocketTestConnection.open(uri);
                WebSocketTestConnection carol = WebSocketTestConnection.open(uri)) {
            alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            bob.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            carol.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"garden\"],\"id\":1}");

            alice.send("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"kitchen\",\"hi\"],\"id\":2}");

            String expected = "{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\",\"params\":{\"room\":\"kitchen\",\"text\":\"hi\"}}";
            assertThat(Json.tree(bob.next())).isEqualTo(Json.tree(expected));
            assertThat(Json.frames(alice, 2)).contains(Json.tree(expected),
                    Json.tree("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}"));
            carol.assertNothingReceived();

            bob.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"kitchen\"],\"id\":3}");
            alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"leave\",\"params\":[\"kitchen\"],\"id\":3}");
            carol.call("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"kitchen\",\"anyone?\"],\"id\":4}");
            bob.assertNothingReceived();
        }
    }

    @Test
    void toOneConnectionAndToAllFromAnyBean() throws Exception {
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(uri);
                WebSocketTestConnection bob = WebSocketTestConnection.open(uri)) {
            String aliceId = Json.tree(alice.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"x\"],\"id\":1}"))
                    .get("result").asText();

            notifier.connection(aliceId).sendAndAwait("ping", java.util.List.of(1));
            assertThat(alice.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[1]}");
            bob.assertNothingReceived();

            notifier.all().sendAndAwait("shutdown", null);
            assertThat(alice.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\"}");
            assertThat(bob.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\"}");

            notifier.connection("no-such-connection").sendAndAwait("ping", null);
        }
    }

    @Test
    void notifyTheCurrentConnectionDuringACall() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"work\",\"id\":7}");
            assertThat(client.next())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"progress\",\"params\":{\"percent\":50}}");
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"done\",\"id\":7}");
        }
    }

    @Test
    void groupsAndNotificationsNeedAWebSocket() {
        io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"x\"],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200)
                .body("error.code", org.hamcrest.Matchers.is(-32603))
                .body("error.message", org.hamcrest.Matchers.containsString("Groups are for WebSocket connections"));
    }
}
