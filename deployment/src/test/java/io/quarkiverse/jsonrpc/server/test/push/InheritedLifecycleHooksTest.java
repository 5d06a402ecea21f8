package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Context;

/**
 * A bean runs the lifecycle hooks it inherits from an abstract class, as it serves the {@code @JsonRpc} methods it
 * inherits, on the thread its own class's annotation chooses; an override without the annotation hides the hook it
 * overrides, whatever type annotations its params carry.
 */
public class InheritedLifecycleHooksTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tracked.class, Audit.class, Rooms.class));

    public abstract static class Tracked {

        static final List<String> events = new CopyOnWriteArrayList<>();

        @OnJsonRpcOpen
        void joinLobby(JsonRpcContext context) {
            context.join("lobby");
        }

        @OnJsonRpcOpen
        void joinHidden(JsonRpcContext context) {
            context.join("hidden");
        }

        @OnJsonRpcOpen
        void joinSecret(JsonRpcContext context) {
            context.join("secret");
        }

        @OnJsonRpcOpen
        void noteThread() {
            events.add(Context.isOnEventLoopThread() ? "opened on the event loop" : "opened elsewhere");
        }

        @OnJsonRpcClose
        void left() {
            events.add("left");
        }
    }

    /** Injected nowhere: a bean because of the hooks it inherits, which run on the thread its annotation chooses. */
    @NonBlocking
    public static class Audit extends Tracked {

        @Override
        void joinHidden(JsonRpcContext context) {
        }

        /** An override all the same, with a type annotation on its param (JSpecify's @Nullable is one): no hook. */
        @Override
        void joinSecret(@Nullable JsonRpcContext context) {
            events.add("joinSecret's override ran");
        }
    }

    public static class Rooms {
        @JsonRpc
        public Set<String> groups(JsonRpcContext context) {
            return context.groups();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void inheritedHooksRunOnOpenAndClose() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"groups\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[\"lobby\"],\"id\":1}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Tracked.events.contains("left"));
        assertThat(Tracked.events).containsExactly("opened on the event loop", "left");
    }
}
