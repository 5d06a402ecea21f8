package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcContext
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.inject.Inject
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.Semaphore
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.withContext

/**
 * What a Kotlin developer relies on at the edges of a call: a coroutine cancelled while it waits (its connection
 * closed, its timeout passed) that cleans up in `finally`; a coroutine that moves to another dispatcher.
 */
@JsonRpcNamespace("edge")
class EdgeCases {

    @Inject
    lateinit var callState: CallState

    @Inject
    lateinit var context: JsonRpcContext

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

    /**
     * Switches to another dispatcher, as blocking code must: what the call's request-scoped state and the injected
     * JsonRpcContext gave there, and back on the event loop after it.
     */
    @JsonRpc
    suspend fun offloaded(): Map<String, List<String>> {
        val id = callState.id
        val there = withContext(Dispatchers.IO) {
            listOf(attempt { callState.id == id }, attempt { context.method() })
        }
        return mapOf("there" to there, "back" to listOf(attempt { callState.id == id }, attempt { context.method() }))
    }

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
