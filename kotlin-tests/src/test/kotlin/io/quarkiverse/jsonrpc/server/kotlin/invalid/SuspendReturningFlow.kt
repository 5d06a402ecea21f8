package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcTransport
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flowOf

/** A suspend function returns one result, later: a stream comes from a function that is not suspend. */
class SuspendReturningFlow {

    @JsonRpc(transports = [JsonRpcTransport.WEBSOCKET])
    suspend fun items(): Flow<Int> = flowOf(1, 2)
}
