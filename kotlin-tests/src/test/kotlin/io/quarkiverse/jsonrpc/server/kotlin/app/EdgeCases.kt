package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.inject.Inject
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.Semaphore
import kotlinx.coroutines.awaitCancellation

/**
 * What a Kotlin developer relies on at the edges of a call: a coroutine cancelled while it waits (its connection
 * closed, its timeout passed) that cleans up in `finally`.
 */
@JsonRpcNamespace("edge")
class EdgeCases {

    @Inject
    lateinit var callState: CallState

    /**
     * Never answers: waits until cancelled, then reports, from its `finally`, whether the call's request-scoped state
     * was still there.
     */
    @JsonRpc
    suspend fun wait(): String {
        val id = callState.id
        try {
            entered.release()
            awaitCancellation()
        } finally {
            finished.add(attempt { if (callState.id == id) "same request" else "another request" })
        }
    }

    /** [wait] with a timeout. */
    @JsonRpc(timeout = "100ms")
    suspend fun waitBriefly(): String = wait()

    companion object {
        /** One permit per [wait] call the server has started. */
        @JvmField
        val entered = Semaphore(0)

        /** What each [wait] call's `finally` found. */
        @JvmField
        val finished = LinkedBlockingQueue<String>()

        /** What the block returned, or the exception it threw. */
        fun attempt(block: () -> Any?): String = try {
            block().toString()
        } catch (e: Exception) {
            "${e.javaClass.simpleName}: ${e.message?.lineSequence()?.first()}"
        }
    }
}
