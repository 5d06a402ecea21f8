package io.quarkiverse.jsonrpc.server.kotlin.objectbeans

import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import jakarta.inject.Singleton

/**
 * A hook and a mapper on a companion object, `Hall$Companion`, which is no bean: they would never run. The namespace
 * of `Hall` would not apply to them in `Hall` either, as they have no JSON-RPC name.
 */
@JsonRpcNamespace("hall")
class Hall {

    companion object {
        @OnJsonRpcOpen
        fun opened() {
        }

        @JsonRpcExceptionMapper
        fun refused(e: IllegalArgumentException): JsonRpcException = JsonRpcException(-32000, "Refused")
    }
}

/** A hook on a companion object that a bean-defining annotation makes a bean: ArC's instance is not the companion. */
class Porch {

    @Singleton
    companion object {
        @OnJsonRpcClose
        fun closed() {
        }
    }
}
