package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.OpenConnections;
import io.vertx.core.Context;

/**
 * A bean method receiving a client's notifications may return a {@code CompletionStage}, as it may a {@code Uni}: it
 * then runs on the event loop, as the client guide says. It hears the notifications the server sends in answer to a
 * call of any interface of its config key, which share one connection.
 */
public class StageNotificationReceiverTest {

    static final int PORT = SharedTcpRelay.port(StageNotificationReceiverTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Bell.class, Alarm.class, BellServer.class, Listener.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"bell\".url", "ws://localhost:" + PORT + "/jsonrpc");

    @RegisterJsonRpcClient(configKey = "bell")
    public interface Bell {
        @JsonRpc
        String ring(String text);
    }

    /** Of the same config key, and first by name: where it had a connection of its own, the receiver listened there. */
    @RegisterJsonRpcClient(configKey = "bell")
    public interface Alarm {
        @JsonRpc("ring")
        String sound(String text);
    }

    public static class BellServer {
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public String ring(String text, JsonRpcContext context) {
            context.notify("rang", List.of(text)).await().atMost(Duration.ofSeconds(10));
            return "ringing";
        }
    }

    public static class Listener {

        static final List<String> heard = new CopyOnWriteArrayList<>();

        @OnJsonRpcNotification(value = "rang", client = "bell")
        CompletionStage<Void> onRang(List<String> params) {
            heard.add(params.get(0) + (Context.isOnEventLoopThread() ? " on the event loop" : " elsewhere"));
            return CompletableFuture.completedFuture(null);
        }
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    Bell bell;

    @Inject
    @JsonRpcClient
    Alarm alarm;

    @Inject
    OpenConnections connections;

    /**
     * A client with a receiver connects as the application starts, before the relay knows the application's port: that
     * first attempt fails, and a call that met it in flight would fail with it. The client reconnects in the background
     * once the relay has a target; the call waits for that connection to be open.
     */
    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(StageNotificationReceiverTest.class.getName(), application.getPort());
        await().atMost(Duration.ofSeconds(30)).until(() -> connections.stream().findAny().isPresent());
    }

    @Test
    void aStageReceiverRunsOnTheEventLoop() {
        assertThat(bell.ring("ding")).isEqualTo("ringing");
        await().atMost(Duration.ofSeconds(10)).until(() -> Listener.heard.contains("ding on the event loop"));
        assertThat(Listener.heard).containsExactly("ding on the event loop");
        assertThat(alarm.sound("dong")).isEqualTo("ringing");
        await().atMost(Duration.ofSeconds(10)).until(() -> Listener.heard.size() == 2);
        assertThat(Listener.heard).containsExactly("ding on the event loop", "dong on the event loop");
        assertThat(connections.stream().count()).as("the server's connections").isEqualTo(1);
    }
}
