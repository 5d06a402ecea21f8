package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * A client that sends calls but never reads the answers cannot make the server hold them without bound: once too
 * many messages wait to be written, the connection is closed with 1008.
 */
public class SlowReaderTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Big.class));

    public static class Big {
        static final String CHUNK = "x".repeat(64 * 1024);

        @JsonRpc
        @NonBlocking
        public String chunk() {
            return CHUNK;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void aClientThatDoesNotReadIsDisconnected() throws Exception {
        WebSocket socket = vertx.createWebSocketClient()
                .connect(new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                        .setURI(uri.getRawPath()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        CompletableFuture<Short> closed = new CompletableFuture<>();
        socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
        socket.pause();
        Future<Void> written = null;
        for (int i = 0; i < 3000; i++) {
            written = socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"chunk\",\"id\":" + i + "}");
        }
        written.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        // all calls sent; the client reads nothing while the server answers them, far beyond the socket's buffers
        Thread.sleep(3000);
        // the close frame waits behind the unread messages: read them now
        socket.resume();
        assertThat(closed.get(180, TimeUnit.SECONDS)).isIn((short) 1008, (short) 1006);
    }
}
