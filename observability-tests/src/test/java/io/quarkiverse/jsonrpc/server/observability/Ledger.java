package io.quarkiverse.jsonrpc.server.observability;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.smallrye.mutiny.Uni;

/** Methods at an endpoint of their own, one of them named as one of {@link Calculator}'s at the configured path. */
@JsonRpcEndpoint("/ledger/{book}")
public class Ledger {

    @JsonRpc
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    /** Never completes: its call ends when its connection closes. */
    @JsonRpc
    public Uni<String> pending() {
        return Uni.createFrom().nothing();
    }
}
