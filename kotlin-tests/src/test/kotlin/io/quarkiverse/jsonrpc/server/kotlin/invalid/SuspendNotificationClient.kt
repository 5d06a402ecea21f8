package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNotification

/** A client's notification gets no answer: there is nothing for a suspend function to wait for. */
@RegisterJsonRpcClient(configKey = "log")
interface SuspendNotificationClient {

    @JsonRpc
    @JsonRpcNotification
    suspend fun log(line: String)
}
