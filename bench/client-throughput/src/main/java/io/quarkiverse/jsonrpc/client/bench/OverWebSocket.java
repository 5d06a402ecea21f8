package io.quarkiverse.jsonrpc.client.bench;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;

/** The client configured as {@code ws}: one WebSocket connection shared by every caller. */
@RegisterJsonRpcClient(configKey = "ws")
public interface OverWebSocket extends Subtract {
}
