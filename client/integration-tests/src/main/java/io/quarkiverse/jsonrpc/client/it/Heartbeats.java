package io.quarkiverse.jsonrpc.client.it;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;

/**
 * The example app's heartbeat over a WebSocket client configured to subscribe again after a reconnection
 * ({@code subscriptions.resubscribe=true}), as {@code restartable}.
 */
@RegisterJsonRpcClient(configKey = "restartable")
public interface Heartbeats {

    @JsonRpc
    Multi<Long> heartbeat(long periodMs);
}
