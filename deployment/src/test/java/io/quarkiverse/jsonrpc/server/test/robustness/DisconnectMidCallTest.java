package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** A client leaving mid-call: the call's Uni is cancelled, its result dropped, and nothing is logged as an error. */
public class DisconnectMidCallTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Long.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).as("log lines above DEBUG").isEmpty());

    public static class Long {
        static final CountDownLatch started = new CountDownLatch(1);
        static final AtomicBoolean cancelled = new AtomicBoolean();

        /** Never answers by itself: only the client leaving ends it. */
        @JsonRpc
        public Uni<String> hang() {
            return Uni.createFrom().<String> emitter(emitter -> started.countDown())
                    .onCancellation().invoke(() -> cancelled.set(true));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theCallIsCancelled() throws Exception {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":1}");
        assertThat(Long.started.await(10, TimeUnit.SECONDS)).as("the call started").isTrue();
        client.close();
        await().atMost(Duration.ofSeconds(10)).untilTrue(Long.cancelled);
    }
}
