package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A blocking call that times out while it waits for a worker thread is never run: its client was told it failed, so
 * it must not, say, commit later. One worker thread, held by the test, makes the call wait.
 */
public class QueuedCallTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Jobs.class))
            .overrideConfigKey("quarkus.thread-pool.max-threads", "1");

    public static class Jobs {
        static final CountDownLatch occupied = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);
        static final AtomicInteger recorded = new AtomicInteger();

        @JsonRpc(timeout = "60s")
        public String occupy() throws InterruptedException {
            occupied.countDown();
            release.await();
            return "released";
        }

        @JsonRpc(timeout = "100ms")
        public String record() {
            recorded.incrementAndGet();
            return "recorded";
        }

        @JsonRpc
        public String next() {
            return "next";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @AfterAll
    static void release() {
        Jobs.release.countDown();
    }

    @Test
    void aCallThatTimedOutWaitingForAThreadNeverRuns() throws Exception {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"occupy\",\"id\":1}");
            assertThat(Jobs.occupied.await(30, TimeUnit.SECONDS)).as("occupy runs on the one worker thread").isTrue();

            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"record\",\"id\":2}")).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                            + "\"data\":\"The call did not complete within 100 ms\"},\"id\":2}");

            Jobs.release.countDown();
            assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"released\",\"id\":1}");
            // queued after record on the one thread: once it has run, record's turn has come and gone
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"next\",\"id\":3}");
            assertThat(Jobs.recorded).hasValue(0);
        }
    }
}
