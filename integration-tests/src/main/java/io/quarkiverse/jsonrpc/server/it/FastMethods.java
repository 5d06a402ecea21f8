package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.common.annotation.NonBlocking;

/** A method that runs on the event loop, where a call costs least: for code that never blocks. */
public class FastMethods {

    /** {@code subtract}, called on the I/O thread that read the request instead of on a worker thread. */
    @JsonRpc
    @NonBlocking
    public int fastSubtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }
}
