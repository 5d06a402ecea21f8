package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A connection that closes while its open hooks run has its close hooks run once they have completed, not beside them:
 * a close hook releases what an open hook took, and an open hook still running may take it after the close; it sees
 * the groups such a hook joined among the connection's. The
 * transport says at DEBUG that the close hooks wait, the test's sign that the server has seen the close.
 */
public class CloseWhileOpeningTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Presence.class))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc.server.runtime.transport\".level",
                    "DEBUG");

    /** Keeps who is connected, as the migration guide has an application do. */
    public static class Presence {

        static final Set<String> connected = ConcurrentHashMap.newKeySet();
        static final Queue<String> events = new ConcurrentLinkedQueue<>();
        static final CountDownLatch opening = new CountDownLatch(1);
        static final CompletableFuture<Void> lookedUp = new CompletableFuture<>();

        /** On a worker, as a lookup in a database would be. */
        @OnJsonRpcOpen
        void opened(JsonRpcContext context) throws Exception {
            events.add("opening");
            opening.countDown();
            lookedUp.get(30, TimeUnit.SECONDS);
            connected.add(context.connectionId());
            context.join("lobby");
            events.add("opened");
        }

        @OnJsonRpcClose
        void closed(JsonRpcContext context) {
            connected.remove(context.connectionId());
            events.add("closed, in " + context.groups());
        }

        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theCloseHooksRunOnceTheOpenHooksHaveCompleted() throws InterruptedException {
        try (LogWatch log = LogWatch.extension()) {
            WebSocketTestConnection client = WebSocketTestConnection.open(uri);
            assertThat(Presence.opening.await(10, TimeUnit.SECONDS)).isTrue();
            client.close();
            log.await("closed while its open hooks run", Duration.ofSeconds(10));
            Presence.lookedUp.complete(null);
            await().atMost(Duration.ofSeconds(10)).until(() -> Presence.events.size() == 3);
            // the close hook knows the group the open hook joined after the close, to tell its members
            assertThat(Presence.events).containsExactly("opening", "opened", "closed, in [lobby]");
            assertThat(Presence.connected).isEmpty();
        }
    }
}
