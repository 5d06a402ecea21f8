package io.quarkiverse.jsonrpc.server.test.contracts;

import java.util.List;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;

/** A generic contract: each bean binds {@code T}, and its methods read and describe what the bean binds it to. */
@JsonRpcNamespace("books")
public interface Repository<T> {

    @JsonRpc
    T find(String key);

    @JsonRpc
    String save(T item);

    @JsonRpc
    int totalPages(List<T> items);
}
