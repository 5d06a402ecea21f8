package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNotification
import kotlinx.coroutines.flow.Flow

/** A client's notification gets no answer: there is nothing for a suspend function to wait for. */
@RegisterJsonRpcClient(configKey = "log")
interface SuspendNotificationClient {

    @JsonRpc
    @JsonRpcNotification
    suspend fun log(line: String)
}

/** A client's notification receiver is called as notifications arrive: it is no suspend function. */
class SuspendReceiver {

    @OnJsonRpcNotification(value = "logged", client = "log")
    suspend fun received(line: String) {
    }
}

/**
 * A client's suspend function returns its one result itself, as a server's does: a stream comes from a function that
 * is not suspend; and an extension function's receiver no param could name.
 */
@RegisterJsonRpcClient(configKey = "items")
interface SuspendStreamClient {

    @JsonRpc
    suspend fun items(): Flow<Int>

    @JsonRpc
    fun String.shout(): String
}
