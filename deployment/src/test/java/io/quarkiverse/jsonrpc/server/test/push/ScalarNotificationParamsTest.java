package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * JSON-RPC 2.0, section 4.2: "If present, parameters for the rpc call MUST be provided as a Structured value. Either
 * by-position through an Array or by-name through an Object." A notification the server sends must be one too.
 */
public class ScalarNotificationParamsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Me.class));

    public static class Me {
        @JsonRpc
        public String id(JsonRpcContext context) {
            return context.connectionId();
        }
    }

    @Inject
    JsonRpcNotifier notifier;

    /** The id of the client's connection, which the server tells it. */
    private static String idOf(WebSocketTestConnection client) throws Exception {
        return new ObjectMapper().readTree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"id\",\"id\":1}"))
                .get("result").asText();
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aScalarIsNeverSentAsParams() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = idOf(client);
            assertThatThrownBy(() -> notifier.connection(id).sendAndAwait("chat.message", "hello"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("The params of notification chat.message"
                            + " are hello, a String: JSON-RPC takes an array or an object (or none), such as"
                            + " List.of(value) or Map.of(\"name\", value)");
            // what the params are written as decides, not their type: a UUID is a string
            UUID order = UUID.fromString("0d0f7a5e-56d5-4d3e-9d6b-5c7a7c6f0a11");
            assertThatThrownBy(() -> notifier.connection(id).sendAndAwait("order.placed", order))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("The params of notification order.placed"
                            + " are " + order + ", a UUID: JSON-RPC takes an array or an object (or none), such as"
                            + " List.of(value) or Map.of(\"name\", value)");
            // the marker: what was refused went nowhere, what follows arrives
            notifier.connection(id).sendAndAwait("chat.message", List.of("hello"));
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\",\"params\":[\"hello\"]}");
        }
    }

    /**
     * A notification needs a method, which the spec's own names are not (a client would take an rpc.subscription for an
     * item of its subscriptions), and a target: each refusal fails the Uni, saying so, and sends nothing.
     */
    @Test
    void aNotificationNeedsAMethodOfItsOwnAndATarget() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            String id = idOf(client);
            assertThatThrownBy(() -> notifier.connection(id).sendAndAwait(null, List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("A notification needs a method name, not null");
            assertThatThrownBy(() -> notifier.all().sendAndAwait(" ", List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("A notification needs a method name, not \" \"");
            assertThatThrownBy(() -> notifier.all().sendAndAwait("rpc.subscription",
                    Map.of("subscription", "1", "result", 42))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The notification method rpc.subscription is reserved: JSON-RPC 2.0 keeps names beginning"
                            + " with rpc. for itself (a server's subscription items are rpc.subscription notifications);"
                            + " name it otherwise");
            assertThatThrownBy(() -> notifier.connection(null).sendAndAwait("chat.message", List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("The connection id is null: a call over"
                            + " HTTP has no connection (its context's connectionId() is null), and a notification to it"
                            + " goes nowhere");
            assertThatThrownBy(() -> notifier.group(null).sendAndAwait("chat.message", List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("The group name is null");
            // a failed Uni, not a throw as the send is called
            assertThat(notifier.endpoint(null).send("chat.message", List.of(1)).onFailure().recoverWithItem(
                    failure -> null).map(ignored -> "sent nothing").await().indefinitely()).isEqualTo("sent nothing");
            assertThatThrownBy(() -> notifier.endpoint(null).sendAndAwait("chat.message", List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("The endpoint path is null");
            // the marker: nothing refused reached the client
            notifier.connection(id).sendAndAwait("chat.message", List.of("after"));
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\",\"params\":[\"after\"]}");
        }
    }
}
