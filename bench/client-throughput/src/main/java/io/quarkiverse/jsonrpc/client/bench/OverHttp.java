package io.quarkiverse.jsonrpc.client.bench;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;

/** The client configured as {@code http}. */
@RegisterJsonRpcClient(configKey = "http")
public interface OverHttp extends Subtract {
}
