package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerOptions;

/**
 * A client closed for leaving too many messages unread that never reads again is disconnected all the same: the close
 * frame waits behind what it does not read, so the server drops the TCP connection when the closing handshake has not
 * ended soon after, whatever Vert.x's own closing timeout. Its close hooks run, and nothing of it is left to hold the
 * server (its calls, a graceful shutdown).
 */
public class NeverReadingClientTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Big.class, PatientVertx.class, LogWatch.class,
                    SocketBuffers.class))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG");

    public static class Big {
        static final String CHUNK = "x".repeat(4 * 1024);
        static final CountDownLatch closed = new CountDownLatch(1);

        @JsonRpc
        @NonBlocking
        public String chunk() {
            return CHUNK;
        }

        @OnJsonRpcClose
        void closed() {
            closed.countDown();
        }
    }

    /**
     * Vert.x waiting an hour for a closing handshake that does not end: the TCP connection is closed at the end of the
     * extension's grace all the same, not when Vert.x gives up (10 seconds by default), which would be past the test's
     * wait.
     */
    @Singleton
    public static class PatientVertx implements HttpServerOptionsCustomizer {
        @Override
        public void customizeHttpServer(HttpServerOptions options) {
            options.setWebSocketClosingTimeout((int) Duration.ofHours(1).toSeconds());
        }
    }

    /** What the socket buffers can hold, and then more than may wait in the server. */
    static final long CALLS = SocketBuffers.maxInFlight() / Big.CHUNK.length() + 2 * 1024;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aClientThatNeverReadsAgainIsDisconnected() throws InterruptedException {
        WebSocketTestConnection connection = WebSocketTestConnection.open(uri);
        try (LogWatch log = LogWatch.extension()) {
            connection.pauseReading();
            for (long i = 0; i < CALLS; i++) {
                connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"chunk\",\"id\":" + i + "}");
            }
            log.await("unread, over the limit of", Duration.ofSeconds(60));

            assertThat(Big.closed.await(60, TimeUnit.SECONDS)).as("the server closed the connection").isTrue();
            assertThat(log.records()).map(LogWatch::message).filteredOn(message -> message.contains("closing handshake"))
                    .singleElement().asString().endsWith(", closed for leaving messages unread, has not ended the"
                            + " closing handshake within 5 seconds: its TCP connection is closed");
        } finally {
            connection.abort();
        }
    }
}
