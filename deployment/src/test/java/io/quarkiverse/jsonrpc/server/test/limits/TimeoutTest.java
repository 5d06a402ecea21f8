package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** A call past its method's timeout is answered with -32004 and its Uni cancelled; other calls go on. */
public class TimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Stuck.class));

    public static class Stuck {
        static final AtomicBoolean cancelled = new AtomicBoolean();
        static final CountDownLatch forever = new CountDownLatch(1);

        @JsonRpc(timeout = "200ms")
        public Uni<String> hang() {
            return Uni.createFrom().<String> nothing().onCancellation().invoke(() -> cancelled.set(true));
        }

        @JsonRpc(timeout = "300ms")
        public String block() throws InterruptedException {
            forever.await();
            return "released";
        }

        /** No timeout of its own: not answered while the tests run. */
        @JsonRpc
        public String waitForRelease() throws InterruptedException {
            forever.await();
            return "released";
        }

        @JsonRpc
        public String fast() {
            return "fast";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @AfterAll
    static void release() {
        Stuck.forever.countDown();
    }

    @Test
    void aHangingUniTimesOutAndIsCancelled() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":1}")).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                            + "\"data\":\"The call did not complete within 200 ms\"},\"id\":1}");
            await().atMost(JsonRpcTestClient.DEFAULT_TIMEOUT).untilTrue(Stuck.cancelled);
        }
    }

    @Test
    void aMethodBlockedForeverHoldsNothingElseBack() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"waitForRelease\",\"id\":\"stuck\"}");
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"fast\",\"id\":\"other\"}");
            // the first answer: the stuck call has none while the test runs
            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fast\",\"id\":\"other\"}");
        }
    }

    @Test
    void aBlockedMethodPastItsTimeoutIsAnswered() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"block\",\"id\":\"stuck\"}")).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                            + "\"data\":\"The call did not complete within 300 ms\"},\"id\":\"stuck\"}");
        }
    }
}
