package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import io.smallrye.common.annotation.Blocking

/** Hooks return nothing, and a suspend one runs as a coroutine on the event loop. */
class SuspendHooks {

    @OnJsonRpcOpen
    suspend fun greeting(): String = "hello"

    @OnJsonRpcClose
    @Blocking
    suspend fun cleanUp() {
    }
}

/** A suspend exception mapper gives an error, as one that is not suspend returns it. */
class SuspendMapper {

    @JsonRpcExceptionMapper
    suspend fun map(e: IllegalStateException): String = "no error"
}
