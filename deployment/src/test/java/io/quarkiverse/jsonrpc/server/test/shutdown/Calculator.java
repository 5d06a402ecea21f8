package io.quarkiverse.jsonrpc.server.test.shutdown;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.common.annotation.NonBlocking;

/** The method the shutdown tests' connections call: on the event loop, so that no worker is needed to answer it. */
public class Calculator {

    @JsonRpc
    @NonBlocking
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }
}
