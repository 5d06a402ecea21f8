package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.BatchResponse;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The filter {@link PingRateLimit}: 50 calls of {@code ping} per second per connection, the next one refused; other
 * methods and other connections unaffected. The application's clock stands still here, so that every call falls in
 * the same second however slow the machine, and moves when the test says.
 */
@QuarkusTest
class PingRateLimitTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    /** A clock that moves only when told. */
    static final class StillClock implements InstantSource {

        private volatile Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    final StillClock clock = new StillClock();

    @BeforeEach
    void stopTheClock() {
        QuarkusMock.installMockForType(clock, InstantSource.class);
    }

    @Test
    void overWebSocketTheFiftyFirstPingOfAConnectionInASecondIsRefused() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint);
                JsonRpcTestClient other = JsonRpcTestClient.ws(endpoint)) {
            for (int i = 0; i < PingRateLimit.LIMIT; i++) {
                assertThat(client.call(String.class, "ping")).isEqualTo("pong");
            }
            assertRateLimited(client.callForError("ping"));
            // the connection's other methods are not limited
            assertThat(client.call(int.class, "lookup", "answer")).isEqualTo(42);
            // nor are other connections
            assertThat(other.call(String.class, "ping")).isEqualTo("pong");

            clock.advance(Duration.ofSeconds(1));
            assertThat(client.call(String.class, "ping")).isEqualTo("pong");
        }
    }

    /** Over HTTP each request is a connection of its own: the limit holds per request, a batch here. */
    @Test
    void overHttpTheFiftyFirstPingOfARequestIsRefused() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            JsonRpcTestClient.Batch batch = client.batch();
            for (int i = 0; i <= PingRateLimit.LIMIT; i++) {
                batch.call("ping");
            }
            List<BatchResponse> responses = batch.call("lookup", "answer").send();

            for (int i = 0; i < PingRateLimit.LIMIT; i++) {
                assertThat(responses.get(i).result(String.class)).isEqualTo("pong");
            }
            assertRateLimited(responses.get(PingRateLimit.LIMIT).error());
            assertThat(responses.get(PingRateLimit.LIMIT + 1).result(int.class)).isEqualTo(42);
            // another request, in the same second
            assertThat(client.call(String.class, "ping")).isEqualTo("pong");
        }
    }

    private static void assertRateLimited(JsonRpcErrorException error) {
        assertThat(error.code()).isEqualTo(429);
        assertThat(error.message()).isEqualTo("Rate limit exceeded");
        assertThat(error.data()).isNull();
    }
}
