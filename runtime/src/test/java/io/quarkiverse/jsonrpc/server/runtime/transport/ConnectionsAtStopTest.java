package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The stop waits for the clients to answer the close a second at most, and never past its own timeout. */
class ConnectionsAtStopTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aSecondWhereTheTimeoutLeavesMore() {
        assertThat(ConnectionsAtStop.handshakeDeadline(1_000, 1_000 + 5 * SECOND)).isEqualTo(1_000 + SECOND);
    }

    @Test
    void whatIsLeftOfTheTimeoutWhereThatIsLess() {
        assertThat(ConnectionsAtStop.handshakeDeadline(1_000, 1_000 + SECOND / 4)).isEqualTo(1_000 + SECOND / 4);
        assertThat(ConnectionsAtStop.handshakeDeadline(1_000, 500)).isEqualTo(500);
    }

    /** nanoTime values may be negative, and wrap: they are compared by their difference. */
    @Test
    void acrossTheWrapOfNanoTime() {
        long now = Long.MAX_VALUE - SECOND / 2;
        assertThat(ConnectionsAtStop.handshakeDeadline(now, now + 5 * SECOND)).isEqualTo(now + SECOND);
        assertThat(ConnectionsAtStop.handshakeDeadline(now, now + SECOND / 4)).isEqualTo(now + SECOND / 4);
    }
}
