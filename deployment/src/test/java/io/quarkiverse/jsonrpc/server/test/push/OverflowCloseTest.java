package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;

/**
 * A hot stream outrunning a client that stopped reading: by default the server does not buffer, it closes the
 * connection with a reason.
 */
public class OverflowCloseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Firehose.class, PushClient.class, Json.class));

    public static class Firehose {
        static final String PAYLOAD = "x".repeat(16 * 1024);

        @JsonRpc
        public Multi<String> firehose() {
            return Multi.createFrom().ticks().every(Duration.ofMillis(1)).map(tick -> PAYLOAD);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void slowClientIsClosedWithAReason() throws Exception {
        PushClient client = PushClient.connect(vertx, uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"firehose\",\"id\":1}");
        client.pause();
        // long enough for the socket buffers to fill: 16 KiB a millisecond; then read what came, close frame included
        Thread.sleep(3000);
        client.resume();
        String close = client.awaitClose(Duration.ofSeconds(30));
        assertThat(close).startsWith("1008 ").contains("overflowed");
    }
}
