package io.quarkiverse.jsonrpc.client.test.races;

import java.util.List;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The client of {@link HoldingServer}. */
@RegisterJsonRpcClient(configKey = "holder")
public interface Holder {

    @JsonRpc
    Uni<Integer> add(int a, int b);

    /** Never answered: only its caller ends it, by giving up. */
    @JsonRpc
    Uni<Integer> hold(int n);

    /** Over a WebSocket, the server closes the connection. */
    @JsonRpc
    Uni<Void> drop();

    /** A subscription, over a WebSocket. */
    @JsonRpc
    Multi<Integer> ticks();

    /** ticks, read as what its items are not. */
    @JsonRpc("ticks")
    Multi<List<Integer>> unreadableTicks();

    /** The same, whose id the server gives only when the test says. */
    @JsonRpc
    Multi<Integer> heldTicks();

    /** The same as hold, as a batch takes it. */
    @JsonRpc("hold")
    int holdInBatch(int n);
}
