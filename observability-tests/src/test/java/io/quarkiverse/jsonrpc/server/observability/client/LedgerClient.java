package io.quarkiverse.jsonrpc.server.observability.client;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;

/** The server's {@code Ledger}, at its endpoint, as its client sees it. */
@RegisterJsonRpcClient(configKey = "ledger")
@JsonRpcEndpoint("/ledger/{book}")
public interface LedgerClient {

    @JsonRpc
    int subtract(int minuend, int subtrahend);
}
