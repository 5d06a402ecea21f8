package io.quarkiverse.jsonrpc.server.runtime.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;

/** How much a connection may leave unread, from {@code max-calls-in-flight} and {@code limits.max-response-size}. */
class PushSupportTest {

    private static PushSupport withMaxCallsInFlight(int maxCallsInFlight) {
        return new PushSupport(null, null, null, Overflow.CLOSE, maxCallsInFlight, 1024, 10 * 1024 * 1024);
    }

    @Test
    void aConnectionMayLeaveUnreadFourTimesItsCallsInFlightAndNeverFewerThan1024Messages() {
        assertThat(withMaxCallsInFlight(64).maxPendingMessages()).isEqualTo(1024);
        assertThat(withMaxCallsInFlight(1000).maxPendingMessages()).isEqualTo(4000);
    }

    @Test
    void aLimitTooLargeToMultiplyByFourLeavesAsManyMessagesAsAnIntCounts() {
        // 4 × 600,000,000 does not fit an int: multiplied as one, it wrapped to a negative, and 1024 was the limit
        assertThat(withMaxCallsInFlight(600_000_000).maxPendingMessages()).isEqualTo(Integer.MAX_VALUE);
        assertThat(withMaxCallsInFlight(Integer.MAX_VALUE).maxPendingMessages()).isEqualTo(Integer.MAX_VALUE);
    }
}
