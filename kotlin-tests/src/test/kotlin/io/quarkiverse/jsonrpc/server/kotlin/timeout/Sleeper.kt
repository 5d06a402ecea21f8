package io.quarkiverse.jsonrpc.server.kotlin.timeout

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import java.util.concurrent.Semaphore
import kotlinx.coroutines.awaitCancellation

/** A suspend function without a timeout of its own: the application's `quarkus.jsonrpc-server.timeout` applies. */
@JsonRpcNamespace("sleeper")
class Sleeper {

    @JsonRpc
    suspend fun sleep(): String {
        try {
            awaitCancellation()
        } finally {
            woken.release()
        }
    }

    companion object {
        /** One permit per cancelled [sleep] call. */
        @JvmField
        val woken = Semaphore(0)
    }
}
