package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;

/**
 * A superclass with {@code @JsonRpc} methods and an exception mapper in an archive without a Jandex index, as a shared
 * contract module may hold: a test that leaves it out of its application archive sees what the build does with a class
 * that extends it.
 */
public abstract class UnindexedBase {

    @JsonRpc
    public String hello() {
        return "hi";
    }

    @JsonRpc
    public String closed() {
        throw new IllegalStateException("Closed for the day");
    }

    @JsonRpcExceptionMapper
    public JsonRpcException refused(IllegalStateException e) {
        return new JsonRpcException(1002, e.getMessage());
    }
}
