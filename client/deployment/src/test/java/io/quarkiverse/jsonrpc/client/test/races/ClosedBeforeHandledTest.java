package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;

/**
 * A server may hang up right after the upgrade, before the client has set its handlers on the new connection: the
 * client hears of the connection on the context of whoever asked for it, a worker's here, while Vert.x marks it closed
 * on its event loop. Vert.x then refuses the handlers. The connection is dropped as one closed a moment later is, and
 * the next call opens a new one. Kept, it served as the open connection for good: every call failed with "WebSocket is
 * closed", and the client never connected again.
 */
public class ClosedBeforeHandledTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class));

    @Inject
    Vertx vertx;

    @Test
    void aConnectionClosedBeforeTheClientHandlesItIsOpenedAgain() throws Exception {
        try (HangingUpServer server = new HangingUpServer()) {
            String url = "ws://localhost:" + server.port() + "/rpc";
            Holder holder = JsonRpcClientBuilder.newBuilder().url(url).build(Holder.class);
            try (JsonRpcClientControl control = (JsonRpcClientControl) holder) {
                CompletableFuture<Integer> first = new CompletableFuture<>();
                CountDownLatch held = new CountDownLatch(1);
                // a worker context runs its tasks one after another: the client hears of the new connection after
                // this task, which waits until the client's event loop has seen the connection close
                ContextInternal worker = ((VertxInternal) vertx).createWorkerContext();
                worker.runOnContext(ignored -> {
                    holder.add(1, 2).subscribe().with(first::complete, first::completeExceptionally);
                    if (!server.hungUp()) {
                        throw new IllegalStateException("The server did not hang up within " + AWAIT);
                    }
                    // the client has closed its end; Netty tells Vert.x in a task queued on the event loop then, which
                    // runs before a task queued by one that runs after it
                    CountDownLatch closedSeen = new CountDownLatch(1);
                    worker.nettyEventLoop().execute(() -> worker.nettyEventLoop().execute(closedSeen::countDown));
                    await(closedSeen);
                    held.countDown();
                });
                assertThat(held.await(AWAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                Throwable failure = catchThrowable(() -> first.get(AWAIT.toSeconds(), TimeUnit.SECONDS));
                assertThat(failure).cause().isInstanceOf(JsonRpcTransportException.class)
                        .hasMessage("The WebSocket connection to " + url + " closed right after it opened");
                // the next call upgrades again, and is hung up on again
                Throwable second = catchThrowable(() -> holder.add(2, 3).await().atMost(AWAIT));
                assertThat(server.hungUp()).isTrue();
                assertThat(second).isInstanceOf(JsonRpcTransportException.class);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(AWAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not counted down within " + AWAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers each WebSocket upgrade with 101, then hangs up at once, and notes when the client has closed its end too.
     * Plain sockets, where a Vert.x server would wait for the client's answer to a close frame.
     */
    static final class HangingUpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0);
        private final BlockingQueue<Boolean> hangUps = new LinkedBlockingQueue<>();
        private final Thread acceptor = new Thread(this::accept, "hanging-up-server");

        HangingUpServer() throws IOException {
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        /** Whether a connection was upgraded, hung up on, and closed by the client within 10 seconds. */
        boolean hungUp() {
            try {
                return hangUps.poll(AWAIT.toSeconds(), TimeUnit.SECONDS) != null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                            StandardCharsets.ISO_8859_1));
                    String key = null;
                    for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                        if (line.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18)) {
                            key = line.substring(18).trim();
                        }
                    }
                    OutputStream out = connection.getOutputStream();
                    out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    connection.shutdownOutput();
                    // the client closes its end once it has read that this one is closed
                    while (connection.getInputStream().read() != -1) {
                    }
                    hangUps.add(true);
                } catch (IOException e) {
                    // closed by the test
                }
            }
        }

        private static String accept(String key) {
            try {
                byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(
                        (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1));
                return Base64.getEncoder().encodeToString(sha1);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
