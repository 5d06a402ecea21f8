package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.smallrye.common.annotation.Blocking

/** A suspend function runs as a coroutine on the event loop: @Blocking cannot move it to a worker. */
class BlockingSuspend {

    @JsonRpc
    @Blocking
    suspend fun load(id: Int): String = "item $id"
}
