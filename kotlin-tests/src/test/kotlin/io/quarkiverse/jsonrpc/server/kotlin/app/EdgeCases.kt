package io.quarkiverse.jsonrpc.server.kotlin.app

import com.fasterxml.jackson.databind.JsonNode
import io.quarkiverse.jsonrpc.client.JsonRpcClientException
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcContext
import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter
import jakarta.inject.Inject
import jakarta.inject.Singleton
import java.io.FileNotFoundException
import java.io.IOException
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.Semaphore
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext

/**
 * What a Kotlin developer relies on at the edges of a call: a coroutine cancelled while it waits (its connection
 * closed, its timeout passed) that cleans up in `finally`; a coroutine that moves to another dispatcher; flows that
 * fail or never emit; null for params without ?; value classes; suspend exception mappers; a filter in Kotlin.
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

    /** Never answers, and leaves nothing behind: cancelled when its connection closes, or at shutdown. */
    @JsonRpc
    suspend fun never(): String = awaitCancellation()

    /** Returns Nothing?, for which kotlinc writes no type argument in the continuation's type: answered null. */
    @JsonRpc
    suspend fun nothing(): Nothing? {
        delay(1)
        return null
    }

    /** [nothing], not suspend: it returns Void. */
    @JsonRpc
    fun nothingNow(): Nothing? = null

    /** A subscription that fails after its first item with an error of its own. */
    @JsonRpc
    fun runDry(): Flow<Int> = flow {
        emit(1)
        delay(1)
        throw JsonRpcException(-32012, "Ran dry")
    }

    /** A subscription that fails after its first item with a checked exception, which Kotlin throws as any other. */
    @JsonRpc
    fun breakDown(): Flow<Int> = flow {
        emit(1)
        delay(1)
        throw IOException("disk gone")
    }

    /** A subscription that never emits: cancelled by rpc.unsubscribe or a closed connection, it runs its `finally`. */
    @JsonRpc
    fun silence(): Flow<Int> = flow {
        try {
            silenceStarted.release()
            awaitCancellation()
        } finally {
            silenceEnded.release()
        }
    }

    /** A hot flow, as a method holds it: a subscription as any Flow, its current value first. */
    @JsonRpc
    fun level(): StateFlow<Int> = currentLevel

    /** Params without ? and without a default value: null for either is invalid. */
    @JsonRpc
    suspend fun repeat(text: String, times: Int): String {
        delay(1)
        return text.repeat(times)
    }

    /** [repeat], not suspend. */
    @JsonRpc
    fun repeatNow(text: String, times: Int): String = text.repeat(times)

    /** Value classes and a data class with default values. */
    @JsonRpc
    fun stamp(code: Code = Code("none"), other: Code? = null, point: Point = Point(0, 0)): String =
        "${code.value} ${other?.value} ${point.x},${point.y}"

    /**
     * Value classes the JVM boxes, in a List and as a suspend function's result: their underlying values still, as
     * jackson-module-kotlin reads and writes them.
     */
    @JsonRpc
    suspend fun firstCode(codes: List<Code>): Code {
        delay(1)
        return codes.first()
    }

    /** The point farthest from the origin, of data classes in a List. */
    @JsonRpc
    fun farthest(points: List<Point>): String = points.maxBy { it.x * it.x + it.y * it.y }.let { "${it.x},${it.y}" }

    /** A data class whose property is a value class: kotlinc hides its constructor behind a synthetic one. */
    @JsonRpc
    fun untag(tag: Tag): String = tag.code.value

    /** Refused by [DiskFilter], which throws a checked exception no mapper takes. */
    @JsonRpc
    fun guarded(): String = "ran"

    /** Refused by [DiskFilter] with a checked exception that the suspend mapper [fileMissing] maps. */
    @JsonRpc
    fun quota(): String = "ran"

    @JsonRpc
    fun open(name: String): String = throw FileNotFoundException(name)

    /** Fails with an exception whose suspend mapper declines it. */
    @JsonRpc
    fun unsupported(): String = throw UnsupportedOperationException("Not here")

    /** Fails with an exception whose suspend mapper fails. */
    @JsonRpc
    fun compute(): String = throw ArithmeticException("odd")

    @JsonRpcExceptionMapper
    suspend fun fileMissing(e: FileNotFoundException): JsonRpcException {
        delay(1)
        return JsonRpcException(-32013, "Missing", e.message)
    }

    /** Declines: null, after suspending. */
    @JsonRpcExceptionMapper
    suspend fun decline(e: UnsupportedOperationException): JsonRpcException? {
        delay(1)
        return null
    }

    /** A mapper's bug: a checked exception, after suspending. */
    @JsonRpcExceptionMapper
    suspend fun broken(e: ArithmeticException): JsonRpcException {
        delay(1)
        throw IOException("mapper broke")
    }

    companion object {
        /** One permit per [wait] call the server has started. */
        @JvmField
        val entered = Semaphore(0)

        @JvmField
        val silenceStarted = Semaphore(0)

        @JvmField
        val silenceEnded = Semaphore(0)

        /** What [level] holds. */
        @JvmField
        val currentLevel = MutableStateFlow(3)

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

/** A filter written in Kotlin, which has no checked exceptions: it throws an IOException as it would any other. */
@Singleton
class DiskFilter : JsonRpcFilter {

    override fun appliesTo(method: String) = method == "edge.guarded" || method == "edge.quota"

    override fun before(call: JsonRpcContext, params: JsonNode?) {
        if (call.method() == "edge.guarded") {
            throw IOException("disk gone")
        }
        throw FileNotFoundException("quota.txt")
    }
}

/** A typed client of [EdgeCases] whose methods are suspend functions. */
@RegisterJsonRpcClient(configKey = "edges")
@JsonRpcNamespace("edge")
interface EdgeCasesClient {

    /** [EdgeCases.never], which the client waits for 100 ms at most. */
    @JsonRpc(timeout = "100ms")
    suspend fun never(): String

    @JsonRpc
    suspend fun repeat(text: String, times: Int): String

    @JsonRpc
    suspend fun nothing(): Nothing?
}

/** What [EdgeCasesClient.nothing] returned. */
fun callNothing(client: EdgeCasesClient): Any? = runBlocking { client.nothing() }

/** Calls [EdgeCasesClient.never], whose timeout passes, then another method: what the first threw, what the next gave. */
fun timeOutACall(client: EdgeCasesClient): List<String> = runBlocking {
    listOf(
        try {
            client.never()
        } catch (e: JsonRpcTransportException) {
            "${e.javaClass.simpleName}: ${e.message}"
        },
        client.repeat("ab", 2),
    )
}

/** What the [MappedErrorsClient] throws for a division by zero. */
class DivisionByZero(message: String?) : RuntimeException(message)

/** A client of [Greetings.divide] whose interface maps the server's errors to its own exceptions. */
@RegisterJsonRpcClient(configKey = "mapped")
@JsonRpcNamespace("kt")
interface MappedErrorsClient {

    @JsonRpc
    suspend fun divide(dividend: Int, divisor: Int): Int

    companion object {
        @JvmStatic
        @JsonRpcClientExceptionMapper
        fun toException(error: JsonRpcClientException): RuntimeException? =
            if (error.code() == -32010) DivisionByZero(error.message) else null
    }
}

/** What dividing by zero throws from a suspend function of [MappedErrorsClient]: its class and message. */
fun divideByZeroMapped(client: MappedErrorsClient): String = runBlocking {
    try {
        client.divide(1, 0).toString()
    } catch (e: RuntimeException) {
        "${e.javaClass.simpleName} ${e.message}"
    }
}
