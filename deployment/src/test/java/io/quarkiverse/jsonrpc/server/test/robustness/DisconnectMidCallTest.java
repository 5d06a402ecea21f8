package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** A client leaving mid-call: the call's Uni is cancelled, its result dropped, and nothing is logged as an error. */
public class DisconnectMidCallTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Long.class, WsClient.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).as("warnings or errors logged").isEmpty());

    public static class Long {
        static final AtomicBoolean cancelled = new AtomicBoolean();

        @JsonRpc
        public Uni<String> wait(int seconds) {
            return Uni.createFrom().item("late").onItem().delayIt().by(Duration.ofSeconds(seconds))
                    .onCancellation().invoke(() -> cancelled.set(true));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void theCallIsCancelled() throws Exception {
        WsClient client = WsClient.connect(vertx, uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"wait\",\"params\":[30],\"id\":1}");
        Thread.sleep(200);
        client.close();
        await().atMost(Duration.ofSeconds(5)).untilTrue(Long.cancelled);
    }
}
