package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Context;

/**
 * A hook may return {@code CompletionStage<Void>}, as the build's message about a hook's result says: it runs on the
 * event loop, as a {@code Uni} hook does, the connection's calls wait for its stage, and a failed stage turns the
 * connection away.
 */
public class StageLifecycleHookTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Door.class));

    public static class Door {

        @OnJsonRpcOpen
        CompletionStage<Void> knock(JsonRpcContext context) {
            if (context.header("X-User") == null) {
                return CompletableFuture.failedFuture(new JsonRpcException(-32001, "Knock with X-User"));
            }
            boolean eventLoop = Context.isOnEventLoopThread();
            return CompletableFuture.runAsync(() -> context.userData().put("knock",
                    context.header("X-User") + (eventLoop ? " on the event loop" : " elsewhere")));
        }

        @JsonRpc
        public String who(JsonRpcContext context) {
            return (String) context.userData().get("knock");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aStageHookRunsOnTheEventLoopBeforeTheCalls() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri, Map.of("X-User", "ada"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"who\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ada on the event loop\",\"id\":1}");
        }
    }

    @Test
    void aFailedStageRejectsTheConnection() {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, "Knock with X-User"));
    }
}
