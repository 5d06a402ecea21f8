package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An open hook that turns a connection away (the guide's example: "Say who you are with X-User"): while it decides,
 * what the application sends to every connection does not reach it.
 */
public class BroadcastBeforeOpenHookTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Gate.class));

    public static class Gate {
        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch decide = new CountDownLatch(1);

        @OnJsonRpcOpen
        void welcome(JsonRpcContext context) throws InterruptedException {
            entered.countDown();
            decide.await(10, TimeUnit.SECONDS);
            if (context.header("X-User") == null) {
                throw new JsonRpcException(-32001, "Say who you are with X-User");
            }
        }

        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    @Inject
    JsonRpcNotifier notifier;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aConnectionTurnedAwayGetsNoBroadcast() throws Exception {
        try (WebSocketTestConnection stranger = WebSocketTestConnection.open(uri)) {
            assertThat(Gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
            notifier.all().sendAndAwait("members.only", List.of("the vault code is 1234"));
            Gate.decide.countDown();
            assertThat(stranger.awaitClose()).isEqualTo(new CloseStatus(1008, "Say who you are with X-User"));
            // the close is the marker: what was sent before it has arrived
            assertThatThrownBy(stranger::next).hasMessageContaining("connection closed");
        }
    }
}
