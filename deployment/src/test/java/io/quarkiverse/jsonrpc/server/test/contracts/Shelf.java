package io.quarkiverse.jsonrpc.server.test.contracts;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** A generic superclass: the subclass bean binds {@code T}. */
public abstract class Shelf<T> {

    @JsonRpc
    public String describe(T item) {
        return item.toString();
    }
}
