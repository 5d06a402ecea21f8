package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * A call whose subscriber cancels as it subscribes, before the call is sent, is never sent: the server would run it
 * for nobody, and, over a WebSocket, the call would wait for the answer among the pending ones.
 */
public class CancelledBeforeSentTest {

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
    void aCallCancelledAsItIsSubscribedIsNeverSent() throws InterruptedException {
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("ws")).build(Holder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
            holder.add(1, 2).subscribe().withSubscriber(new CancelsAtOnce());
            // the messages of one connection arrive in the order they were written
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
        }
    }

    /** Gives up before anything can happen. */
    private static final class CancelsAtOnce implements UniSubscriber<Integer> {

        @Override
        public void onSubscribe(UniSubscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onItem(Integer item) {
        }

        @Override
        public void onFailure(Throwable failure) {
        }
    }
}
