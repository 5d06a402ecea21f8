package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcContext
import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import java.util.concurrent.LinkedBlockingQueue
import kotlinx.coroutines.delay

/**
 * Connection lifecycle hooks written as suspend functions, each suspending before it completes: the open hook turns
 * away a connection whose upgrade request has an X-Reject header, and marks the others; the close hook reports the
 * name a connection signed with.
 */
@JsonRpcNamespace("bell")
class Doorbell {

    @OnJsonRpcOpen
    suspend fun opened(context: JsonRpcContext) {
        delay(1)
        context.header("X-Reject")?.let { throw JsonRpcException(-32001, it) }
        context.userData()["rang"] = "yes"
    }

    @OnJsonRpcClose
    suspend fun closed(context: JsonRpcContext) {
        delay(1)
        (context.userData()["name"] as String?)?.let { signed.add(it) }
    }

    /** What the open hook left: its calls wait for it. */
    @JsonRpc
    fun rang(context: JsonRpcContext): String? = context.userData()["rang"] as String?

    @JsonRpc
    fun sign(context: JsonRpcContext, name: String) {
        context.userData()["name"] = name
    }

    companion object {
        /** The names of the connections closed after they signed. */
        @JvmField
        val signed = LinkedBlockingQueue<String>()
    }
}
