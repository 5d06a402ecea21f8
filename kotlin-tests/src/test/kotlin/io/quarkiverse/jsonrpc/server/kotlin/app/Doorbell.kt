package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcContext
import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import jakarta.annotation.PreDestroy
import jakarta.enterprise.context.Dependent
import java.util.concurrent.LinkedBlockingQueue
import kotlinx.coroutines.delay

/**
 * Connection lifecycle hooks written as suspend functions, each suspending before it completes: the open hook turns
 * away a connection whose upgrade request has an X-Reject header, and marks the others; the close hook reports the
 * name a connection signed with. A @Dependent bean: each hook's instance lives until the hook is over.
 */
@Dependent
@JsonRpcNamespace("bell")
class Doorbell {

    private var alive = true

    @PreDestroy
    fun destroy() {
        alive = false
    }

    @OnJsonRpcOpen
    suspend fun opened(context: JsonRpcContext) {
        delay(1)
        check(alive) { "the instance was destroyed while its open hook ran" }
        context.header("X-Reject")?.let { throw JsonRpcException(-32001, it) }
        context.userData()["rang"] = "yes"
    }

    @OnJsonRpcClose
    suspend fun closed(context: JsonRpcContext) {
        delay(1)
        check(alive) { "the instance was destroyed while its close hook ran" }
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
