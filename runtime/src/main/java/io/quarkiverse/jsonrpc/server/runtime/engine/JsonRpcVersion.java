package io.quarkiverse.jsonrpc.server.runtime.engine;

/** The protocol version of a request, which decides the shape of its response. */
enum JsonRpcVersion {
    /** No {@code jsonrpc} member: response has {@code result}, {@code error} and {@code id}. */
    V1,
    /** {@code "jsonrpc": "2.0"}: response has {@code jsonrpc}, then {@code result} or {@code error}, and {@code id}. */
    V2
}
