package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.client.JsonRpcClientException
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import io.smallrye.mutiny.Uni
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.runInterruptible

/** A typed client of [Greetings] whose methods are suspend functions, as a Kotlin caller writes them. */
@RegisterJsonRpcClient(configKey = "greetings")
@JsonRpcNamespace("kt")
interface GreetingsClient {

    @JsonRpc
    suspend fun greet(name: String, punctuation: String): String

    @JsonRpc
    suspend fun divide(dividend: Int, divisor: Int): Int

    @JsonRpc
    suspend fun forget(name: String)

    /** Its vararg spread as the params, as a Java client's varargs are. */
    @JsonRpc
    suspend fun total(vararg amounts: Int): Int

    @JsonRpc
    suspend fun move(point: Point, dx: Int): Point

    /** The caller's default values, which Kotlin fills in before the call: sent as the params. */
    @JsonRpc
    suspend fun farewell(name: String, word: String = "Bye", times: Long = 1): String

    @JsonRpc
    suspend fun gated(): String

    /** Mangled by kotlinc otherwise than the server's function: a suspend function taking a value class. */
    @JsonRpc
    suspend fun label(code: Code): Map<String, String>

    @JsonRpc
    suspend fun nickname(name: String): String?

    /** The same method, declared without ?: a null result is refused. */
    @JsonRpc("nickname")
    suspend fun nicknameOrFail(name: String): String

    /** The same method, not suspend: its result type's ? says whether null is a result too. */
    @JsonRpc("nickname")
    fun nicknameNow(name: String): String?

    @JsonRpc("nickname")
    fun nicknameNowOrFail(name: String): String

    @JsonRpc("nickname")
    fun nicknameLaterOrFail(name: String): Uni<String>

    /** A subscription, over a WebSocket: collected as a flow. */
    @JsonRpc
    fun countdown(from: Int): Flow<Int>
}

/**
 * Calls each method of the client from a coroutine, as Kotlin code calls them, and what each returned or threw,
 * in order; for a Java test, which cannot call a suspend function itself.
 */
fun callEachMethod(client: GreetingsClient): List<Any?> = runBlocking {
    listOf(
        client.greet("Ada", "!"),
        client.divide(7, 2),
        client.forget("Ada"),
        client.move(Point(1, 2), 3),
        client.farewell("Ada"),
        client.label(Code("a-1")),
        client.total(1, 2, 3),
        try {
            client.divide(1, 0)
        } catch (e: JsonRpcClientException) {
            "${e.code()} ${e.message}"
        },
    )
}

/**
 * Ada's nickname, Bob's (none), and Bob's asked of the function whose result has no ?, suspend, blocking and
 * returning a Uni: what each gave.
 */
fun nicknames(client: GreetingsClient): List<String?> = runBlocking {
    listOf(
        client.nickname("Ada"),
        client.nickname("Bob"),
        failure { client.nicknameOrFail("Bob") },
        client.nicknameNow("Ada"),
        client.nicknameNow("Bob"),
        client.nicknameNowOrFail("Ada"),
        failure { client.nicknameNowOrFail("Bob") },
        failure { client.nicknameLaterOrFail("Bob").await().indefinitely() },
    )
}

/** The message of the JsonRpcTransportException the call threw. */
private inline fun failure(call: () -> String): String? = try {
    "returned ${call()}"
} catch (e: JsonRpcTransportException) {
    e.message
}

/**
 * Collects the countdown from 3 whole, then only the first 2 of a countdown from 5 (which cancels its collection),
 * then from 2 whole again: what each collection gave.
 */
fun collectCountdowns(client: GreetingsClient): List<List<Int>> = runBlocking {
    listOf(client.countdown(3).toList(), client.countdown(5).take(2).toList(), client.countdown(2).toList())
}

/**
 * Calls [GreetingsClient.gated], waits until the server runs it, then cancels the calling coroutine; then lets the
 * server answer the call the client has given up, and makes another call on the same client. What the cancelled call
 * gave, then what the next one returned.
 */
fun cancelAWaitingCall(client: GreetingsClient): List<String> = runBlocking {
    val call = async { client.gated() }
    check(runInterruptible(Dispatchers.IO) { Greetings.entered.tryAcquire(10, TimeUnit.SECONDS) }) {
        "the server never ran the call"
    }
    call.cancel()
    val outcome = try {
        call.await()
    } catch (e: CancellationException) {
        "cancelled"
    }
    // the server answers the call the client forgot: the client drops that answer and goes on
    Greetings.gate.send(Unit)
    listOf(outcome, client.greet("Ada", "!"))
}

/** What a suspend function answered with an error throws: its class, code, message and data. */
fun divideByZero(client: GreetingsClient): String = runBlocking {
    try {
        client.divide(1, 0).toString()
    } catch (e: JsonRpcClientException) {
        "${e.javaClass.simpleName} ${e.code()} ${e.message} ${e.data()}"
    }
}
