package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * A client interface in an archive without a Jandex index that no bean injects: a test that builds a client of it sees
 * the builder say why it cannot.
 */
@RegisterJsonRpcClient(configKey = "unindexed-built")
public interface UnindexedBuiltClientContract {

    @JsonRpc
    String greet(String name);
}
