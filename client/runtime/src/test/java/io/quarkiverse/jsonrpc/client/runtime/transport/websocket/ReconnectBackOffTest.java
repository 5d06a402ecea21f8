package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/**
 * The pauses between attempts double while they fail, and start over after a connection that worked: one that brought
 * a message. An hour's first pause keeps the other way a connection counts as working, staying open that long, out of
 * these tests.
 */
class ReconnectBackOffTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final ReconnectBackOff backOff = new ReconnectBackOff(
            new ClientSettings.Reconnect(true, Duration.ofHours(1), Duration.ofHours(8)));

    @Test
    void aConnectionThatBroughtAMessageStartsThePausesOver() {
        assertThat(backOff.nextDelay()).isEqualTo(1);
        assertThat(backOff.nextDelay()).isEqualTo(HOUR);
        assertThat(backOff.nextDelay()).isEqualTo(2 * HOUR);

        backOff.opened();
        backOff.heard();
        assertThat(backOff.dropped()).isTrue();

        assertThat(backOff.nextDelay()).isEqualTo(1);
        assertThat(backOff.nextDelay()).isEqualTo(HOUR);
    }

    @Test
    void aConnectionDroppedBeforeItBroughtAnythingIsAFailedAttempt() {
        assertThat(backOff.nextDelay()).isEqualTo(1);
        assertThat(backOff.nextDelay()).isEqualTo(HOUR);

        backOff.opened();
        assertThat(backOff.dropped()).isFalse();

        assertThat(backOff.nextDelay()).isEqualTo(2 * HOUR);
    }

    /** The outage is logged once: a connection that worked ends it, and the next failure starts another. */
    @Test
    void aConnectionThatWorkedEndsTheOutage() {
        assertThat(backOff.failed()).isTrue();
        assertThat(backOff.failed()).isFalse();
        assertThat(backOff.opened()).isTrue();
        backOff.heard();
        backOff.dropped();

        assertThat(backOff.failed()).isTrue();
    }
}
