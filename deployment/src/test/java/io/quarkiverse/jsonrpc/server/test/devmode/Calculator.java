package io.quarkiverse.jsonrpc.server.test.devmode;

import java.time.Duration;

import jakarta.annotation.security.PermitAll;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;

public class Calculator {

    @JsonRpc(summary = "The difference of two integers")
    @PermitAll
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    /** A long no JavaScript number holds exactly: the form sends and shows it as written. */
    @JsonRpc
    @PermitAll
    public long negate(long value) {
        return -value;
    }

    /** A stream without end: the form shows its items until the next call closes its connection. */
    @JsonRpc
    @PermitAll
    public Multi<Long> ticks() {
        return Multi.createFrom().ticks().every(Duration.ofMillis(50));
    }
}
