package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * An interface with a {@code @JsonRpc} method in an archive without a Jandex index, as a shared contract module may be:
 * this module has none, and a test that leaves this interface out of its application archive sees what the build does
 * with a class that implements it.
 */
public interface UnindexedContract {

    @JsonRpc
    String ping();
}
