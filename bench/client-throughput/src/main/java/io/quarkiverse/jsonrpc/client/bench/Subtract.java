package io.quarkiverse.jsonrpc.client.bench;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Uni;

/** The example app's {@code subtract}, the call every client of the bench makes. */
public interface Subtract {

    @JsonRpc
    int subtract(int minuend, int subtrahend);

    @JsonRpc("subtract")
    Uni<Integer> subtractLater(int minuend, int subtrahend);
}
