package io.quarkiverse.jsonrpc.client.it;

import java.util.List;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;

/**
 * A node speaking Ethereum's subscriptions ({@code eth_subscribe}, {@code eth_subscription},
 * {@code eth_unsubscribe}), configured as {@code eth}.
 */
@RegisterJsonRpcClient(configKey = "eth")
public interface Ethereum {

    record Head(String number, String hash) {
    }

    /** {@code eth_subscribe("newHeads")}: the client's configuration names the subscribe method. */
    @JsonRpc
    Multi<Head> newHeads();

    /** The subscriptions the server ended on {@code eth_unsubscribe}. */
    @JsonRpc("eth_unsubscribed")
    List<String> unsubscribed();
}
