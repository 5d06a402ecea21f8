package io.quarkiverse.jsonrpc.server.bench;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The method every end-to-end run calls: the extension serves it as {@code subtract}, the baselines call it directly.
 * It runs on a worker thread in all three, the default of each for a method that returns a plain value; the
 * {@code subtractOnEventLoop} variant and the event-loop baseline show the cost without the thread hop.
 */
@Singleton
public class Calculator {

    @JsonRpc
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    @JsonRpc
    @NonBlocking
    public int subtractOnEventLoop(int minuend, int subtrahend) {
        return subtract(minuend, subtrahend);
    }
}
