package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.config.Echo;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * websockets-next's {@code auto-ping-interval} works with the JSON-RPC endpoint: the server pings each connection,
 * and a connection that gets pings is not idle, so {@code quarkus.http.idle-timeout} does not close it.
 */
public class AutoPingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, JdkSocket.class))
            .overrideConfigKey("quarkus.websockets-next.server.auto-ping-interval", "100ms")
            // twenty ping intervals: a busy machine that runs the timer late does not make the connection idle
            .overrideConfigKey("quarkus.http.idle-timeout", "2s");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void pingsKeepAnIdleConnectionOpen() throws Exception {
        try (JdkSocket socket = JdkSocket.connect(uri)) {
            assertThat(socket.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"a\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":1}");
            // 30 pings, at least 100ms apart: longer than the idle timeout without a JSON-RPC message
            for (int i = 0; i < 30; i++) {
                socket.awaitPing(Duration.ofSeconds(10));
            }
            assertThat(socket.isOpen()).isTrue();
            assertThat(socket.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"b\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"b\",\"id\":2}");
        }
    }
}
