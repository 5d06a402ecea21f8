package io.quarkiverse.jsonrpc.server.kotlin.timeout

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.enterprise.context.Dependent
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A `@Dependent` bean whose function returns a future that never completes: with its default value omitted, the call
 * goes through the invoker of functions with default values, which looks the instance up itself.
 */
@Dependent
@JsonRpcNamespace("promises")
class Promises {

    @JsonRpc
    fun later(label: String = "later"): CompletableFuture<String> = CompletableFuture<String>().also { futures.add(it) }

    companion object {
        /** What [later] returned, in the order of the calls. */
        @JvmField
        val futures = CopyOnWriteArrayList<CompletableFuture<String>>()
    }
}
