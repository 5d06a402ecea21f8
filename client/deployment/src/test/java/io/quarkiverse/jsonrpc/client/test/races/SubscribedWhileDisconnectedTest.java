package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * A subscription made while a WebSocket client is disconnected, after a drop, opens the connection again: it
 * subscribes once. Reopening is no reason to subscribe it a second time, as one dropped with the connection is.
 */
public class SubscribedWhileDisconnectedTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class, HoldingServer.class));

    static HoldingServer server;

    @BeforeAll
    static void start() {
        server = new HoldingServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSubscriptionThatReopensTheConnectionSubscribesOnce() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            Throwable dropped = catchThrowable(() -> holder.drop().await().atMost(AWAIT));
            assertThat(dropped).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("The WebSocket connection to " + server.url("ws")
                            + " closed (1011 Dropped) before the answer arrived");
            BlockingQueue<Integer> ticks = new LinkedBlockingQueue<>();
            Cancellable subscription = holder.ticks().subscribe().with(ticks::add);
            assertThat(ticks.poll(AWAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
            // written after every subscribe request of the connection's opening
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(server.nextRequest()).isEqualTo("drop[]");
            assertThat(server.nextRequest()).isEqualTo("ticks[]");
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
            subscription.cancel();
        }
    }
}
