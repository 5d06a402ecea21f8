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
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * A worker-thread method whose call is cancelled while it runs (its connection closed) and which then returns a
 * {@code Uni}: nobody subscribes to the {@code Uni}, whose end would have ended the call's request context. It is
 * discarded, and the request-scoped beans the method used are destroyed, where they were kept for good. The call is
 * cancelled once the method is seen running, not by a timeout: on a busy machine, a short timeout can pass before a
 * worker thread takes the call, which then never runs.
 */
public class CancelledWhileRunningTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, Slow.class));

    public static class Slow {
        static final CountDownLatch running = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @Inject
        Counter counter;

        /** Returns once the test has cancelled its call. */
        @JsonRpc
        @Blocking
        public Uni<Integer> late() throws InterruptedException {
            int id = counter.id();
            running.countDown();
            release.await(30, TimeUnit.SECONDS);
            return Uni.createFrom().item(id);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theRequestContextOfAResultNobodyWaitsForEnds() throws InterruptedException {
        Counter.made.set(0);
        Counter.destroyed.clear();
        try {
            try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
                connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"late\",\"id\":1}");
                assertThat(Slow.running.await(30, TimeUnit.SECONDS)).as("late runs").isTrue();
            }
        } finally {
            Slow.release.countDown();
        }
        assertThat(Counter.destroyed.poll(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(Counter.made).hasValue(1);
    }
}
