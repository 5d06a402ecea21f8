package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * A client interface in an archive without a Jandex index that a bean looks up through an {@code Instance}: a test
 * that does sees the build index it.
 */
@RegisterJsonRpcClient(configKey = "unindexed-looked-up")
public interface UnindexedLookedUpClientContract {

    @JsonRpc
    String greet(String name);
}
