package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.SocketBuffers;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;

/**
 * A client that stops reading answers of hundreds of kilobytes is closed with 1008 once more than four responses of
 * the largest size ({@code limits.max-response-size}, 512K here) wait for it in the server: a few dozen messages, far
 * fewer than the 1,024 that close a client of small answers, which alone let it make the server hold gigabytes.
 */
public class UnreadBytesTest {

    static final int SIZE = 256 * 1024;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Big.class, LogWatch.class, SocketBuffers.class))
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-response-size", "512K")
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG");

    public static class Big {
        static final String CHUNK = "x".repeat(SIZE);

        @JsonRpc
        @NonBlocking
        public String chunk() {
            return CHUNK;
        }
    }

    /** What the socket buffers can hold, and then more than the 2 MB that may wait in the server. */
    static final long CALLS = SocketBuffers.maxInFlight() / SIZE + 64;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aClientThatDoesNotReadLargeAnswersIsClosedBeforeItLeavesTheMessageCountUnread() {
        // fewer calls than the count of messages: only their bytes can close the connection
        assertThat(CALLS).as("calls sent at most").isLessThan(1024);
        try (LogWatch log = LogWatch.extension();
                WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            connection.pauseReading();
            // the server looks at a connection over the limits as it writes to it: calls until it has decided
            for (long i = 0; i < CALLS && !decided(log); i++) {
                connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"chunk\",\"id\":" + i + "}");
            }
            LogRecord closed = log.await("unread, over the limit of", Duration.ofSeconds(60));
            assertThat(closed.getLevel()).isEqualTo(Level.FINE);
            assertThat(LogWatch.message(closed)).endsWith(" bytes unread, over the limit of 1024 messages or 2097152"
                    + " bytes: closed");

            connection.resumeReading();
            assertThatThrownBy(() -> {
                while (true) {
                    connection.next();
                }
            }).hasMessage("No message received: the connection closed"
                    + " (1008 Too many unread messages: the client does not read)");
        }
    }

    private static boolean decided(LogWatch log) {
        return log.records().stream().anyMatch(record -> LogWatch.message(record).contains("unread, over the limit of"));
    }
}
