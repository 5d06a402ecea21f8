package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.client.JsonRpcClientException
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import kotlinx.coroutines.runBlocking

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

    @JsonRpc
    suspend fun move(point: Point, dx: Int): Point
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
        try {
            client.divide(1, 0)
        } catch (e: JsonRpcClientException) {
            "${e.code()} ${e.message}"
        },
    )
}
