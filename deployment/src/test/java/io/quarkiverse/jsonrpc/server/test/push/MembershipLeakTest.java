package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Closed connections leave no group membership behind: 2,000 of them, each in two of 101 groups, opened and closed
 * in waves of 500, so that connections close while others join the same groups. A load more than a test:
 * Vert.x's asynchronous client opens them in waves, where the test client would take two threads a connection.
 */
public class MembershipLeakTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Rooms.class));

    public static class Rooms {
        @JsonRpc
        public int join(String room, JsonRpcContext context) {
            context.join(room);
            context.join("everyone");
            return context.groups().size();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Inject
    ConnectionRegistry registry;

    @Test
    void twoThousandConnectionsLeaveNothingBehind() {
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(1000));
        int total = 2_000;
        int wave = 500;
        for (int start = 0; start < total; start += wave) {
            List<Future<Void>> round = new ArrayList<>();
            for (int i = start; i < start + wave; i++) {
                String room = "room-" + (i % 100);
                round.add(client.connect(new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                        .setURI(uri.getRawPath())).compose(socket -> joinAndClose(socket, room)));
            }
            Future.all(round).toCompletionStage().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(registry.connectionCount()).isZero();
            assertThat(registry.members("everyone")).isEmpty();
            for (int room = 0; room < 100; room++) {
                assertThat(registry.members("room-" + room)).isEmpty();
            }
        });
    }

    private static Future<Void> joinAndClose(WebSocket socket, String room) {
        io.vertx.core.Promise<Void> answered = io.vertx.core.Promise.promise();
        socket.textMessageHandler(text -> answered.tryComplete());
        socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"" + room + "\"],\"id\":1}");
        return answered.future().compose(v -> socket.close());
    }
}
