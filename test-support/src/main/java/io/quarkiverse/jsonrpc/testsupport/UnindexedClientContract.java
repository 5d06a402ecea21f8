package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * A client interface in an archive without a Jandex index, as a contract module shared with the server may be: a test
 * that injects it sees the build index it.
 */
@RegisterJsonRpcClient(configKey = "unindexed")
public interface UnindexedClientContract {

    @JsonRpc
    String greet(String name);
}
