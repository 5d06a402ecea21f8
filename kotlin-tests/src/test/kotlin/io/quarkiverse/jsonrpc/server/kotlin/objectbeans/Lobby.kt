package io.quarkiverse.jsonrpc.server.kotlin.objectbeans

import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import jakarta.inject.Singleton

/**
 * A Kotlin object that a bean-defining annotation makes a bean, with hooks and a mapper: ArC's instance, which they
 * would run on, is not `Lobby`.
 */
@Singleton
object Lobby {

    var open = 0

    @OnJsonRpcOpen
    fun opened() {
        open++
    }

    @OnJsonRpcClose
    fun closed() {
        open--
    }

    @JsonRpcExceptionMapper
    fun refused(e: IllegalStateException): JsonRpcException = JsonRpcException(-32000, "Refused")
}
