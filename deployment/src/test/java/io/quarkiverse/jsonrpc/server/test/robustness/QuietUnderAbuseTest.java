package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * Clients that misbehave are handled without a single log line above DEBUG: a flood of bad input is answered, message
 * by message; a client leaving mid-call, over either transport, has the call's Uni cancelled and its result dropped.
 * <p>
 * One application for both: the assertion is on every log line the application writes, and it must hold for each
 * test, so it holds for the two together; the methods' names never meet.
 */
public class QuietUnderAbuseTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, Long.class, LongOverHttp.class, LogWatch.class))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG")
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && (record.getLoggerName().startsWith("io.quarkiverse.jsonrpc")
                            || record.getLoggerName().startsWith("io.quarkus.websockets.next")
                            || record.getLoggerName().startsWith("io.quarkus.vertx.http")))
            .assertLogRecords(records -> assertThat(records).as("log lines above DEBUG").isEmpty());

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // a flood of bad input

    public static class Echo {
        @JsonRpc
        public int twice(int value) {
            return 2 * value;
        }
    }

    static final String[] BAD = { "{", "nonsense", "[]", "[1,2]", "{\"jsonrpc\":\"2.0\"}", "{\"method\":5,\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[\"x\"],\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":1}", "[".repeat(2000) };

    @Test
    void floodOverBothTransports() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            for (int i = 0; i < 500; i++) {
                client.send(BAD[i % BAD.length]);
            }
            for (int i = 0; i < 500; i++) {
                assertThat(client.next()).contains("\"error\"");
            }
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
        }
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            for (int i = 0; i < 200; i++) {
                assertThat(http.exchange(BAD[i % BAD.length])).contains("\"error\"");
            }
        }
    }

    // a client that resets its connection: websockets-next would log the reset at ERROR and fail to close it

    @Test
    void aClientThatResetsItsConnection() {
        try (LogWatch log = LogWatch.extension()) {
            WebSocketTestConnection client = WebSocketTestConnection.open(uri);
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[4],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":1}");
            client.reset();
            // the positive marker: the reset reached the endpoint, which says so at DEBUG
            assertThat(LogWatch.message(log.await(" failed: ", Duration.ofSeconds(10))))
                    .contains("Connection reset");
        }
    }

    // a client leaving mid-call

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

    @Test
    void theCallIsCancelled() throws Exception {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":1}");
        assertThat(Long.started.await(10, TimeUnit.SECONDS)).as("the call started").isTrue();
        client.close();
        await().atMost(Duration.ofSeconds(10)).untilTrue(Long.cancelled);
    }

    // a client leaving mid-call over HTTP: the connection of its request closes

    public static class LongOverHttp {
        static final CountDownLatch started = new CountDownLatch(1);
        static final AtomicBoolean cancelled = new AtomicBoolean();
        static final CountDownLatch blockingStarted = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);
        static final AtomicBoolean blockingReturned = new AtomicBoolean();

        @JsonRpc
        public Uni<String> hangOverHttp() {
            return Uni.createFrom().<String> emitter(emitter -> started.countDown())
                    .onCancellation().invoke(() -> cancelled.set(true));
        }

        /** Runs on a worker thread until the test releases it, after its client has left: its result goes nowhere. */
        @JsonRpc
        public String blockOverHttp() throws InterruptedException {
            blockingStarted.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS) ? "released" : "timed out";
            } finally {
                blockingReturned.set(true);
            }
        }
    }

    @Test
    void theCallIsCancelledOverHttp() throws Exception {
        try (Socket socket = post("{\"jsonrpc\":\"2.0\",\"method\":\"hangOverHttp\",\"id\":1}")) {
            assertThat(LongOverHttp.started.await(10, TimeUnit.SECONDS)).as("the call started").isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).untilTrue(LongOverHttp.cancelled);
    }

    @Test
    void aBlockingCallWhoseClientLeftReturnsQuietly() throws Exception {
        try (Socket socket = post("{\"jsonrpc\":\"2.0\",\"method\":\"blockOverHttp\",\"id\":1}")) {
            assertThat(LongOverHttp.blockingStarted.await(10, TimeUnit.SECONDS)).as("the call started").isTrue();
        }
        LongOverHttp.release.countDown();
        await().atMost(Duration.ofSeconds(10)).untilTrue(LongOverHttp.blockingReturned);
        // the server still answers, and the answer of the call whose client left was written nowhere else
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[5],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":10,\"id\":2}");
        }
    }

    // a client leaving before the whole body of its POST arrived: Quarkus's error handler logged it at ERROR

    @Test
    void aClientThatLeavesMidBody() throws Exception {
        try (LogWatch log = LogWatch.extension()) {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"jsonrpc\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.close();
            // the positive marker: the route saw the request end unread, and says so at DEBUG
            assertThat(LogWatch.message(log.await("closed before its body", Duration.ofSeconds(10))))
                    .isEqualTo("A POST to /jsonrpc closed before its body was read");
        }
    }

    /** A POST of the message on a connection of its own, left open for the test to close: the client leaving. */
    private Socket post(String message) throws Exception {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }
}
