package io.quarkiverse.jsonrpc.server.test.contracts;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** Extended by {@link Greeter}: its method takes the namespace of the interface that extends it. */
public interface Versioned {

    @JsonRpc
    String version();
}
