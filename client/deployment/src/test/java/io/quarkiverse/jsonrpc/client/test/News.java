package io.quarkiverse.jsonrpc.client.test;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;

/**
 * A client that listens for notifications, and so keeps its WebSocket connection open and reopens it when it drops:
 * what the tests of reconnection build to a relay of their own. Its configured URL is not used.
 */
@RegisterJsonRpcClient(configKey = "news")
public interface News {

    @JsonRpc
    String ping();

    @OnJsonRpcNotification("news")
    Multi<String> news();
}
