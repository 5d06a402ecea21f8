package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.context.RequestScopedStreamTest.Counter;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * A worker-thread method whose call is cancelled while it runs (it timed out) and which then returns a {@code Uni}:
 * nobody subscribes to the {@code Uni}, whose end would have ended the call's request context. It is discarded, and
 * the request-scoped beans the method used are destroyed, where they were kept for good.
 */
public class CancelledWhileRunningTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, Slow.class));

    public static class Slow {
        static final CountDownLatch release = new CountDownLatch(1);

        @Inject
        Counter counter;

        /** Returns once the test has seen its call time out. */
        @JsonRpc(timeout = "100ms")
        @Blocking
        public Uni<Integer> late() throws InterruptedException {
            int id = counter.id();
            release.await(10, TimeUnit.SECONDS);
            return Uni.createFrom().item(id);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theRequestContextOfAResultNobodyWaitsForEnds() throws InterruptedException {
        Counter.made.set(0);
        Counter.destroyed.clear();
        try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            JsonRpcErrorException timedOut = client.callForError("late");
            assertThat(timedOut.code()).isEqualTo(-32004);
        } finally {
            Slow.release.countDown();
        }
        assertThat(Counter.destroyed.poll(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Counter.made).hasValue(1);
    }
}
