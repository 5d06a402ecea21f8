package io.quarkiverse.jsonrpc.client.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

class FailureReasonsTest {

    @Test
    void aFailureSaysItsMessage() {
        assertThat(FailureReasons.of(new IOException("Connection refused"))).isEqualTo("Connection refused");
    }

    /** Netty's for a write on a connection that closed, which has no message: the call's would read "failed: null". */
    @Test
    void aClosedChannelSaysTheConnectionClosed() {
        assertThat(FailureReasons.of(new ClosedChannelException())).isEqualTo("the connection closed");
    }

    @Test
    void anotherFailureWithoutAMessageSaysWhatItIs() {
        assertThat(FailureReasons.of(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }
}
