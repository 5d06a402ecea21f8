package io.quarkiverse.jsonrpc.server.kotlin.results

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import kotlinx.coroutines.runBlocking

/** Int properties the JVM sees as primitive: `y` without a default value, `z` with one. */
data class Spot(val x: Int, val y: Int, val z: Int = 9)

/** Answers what it is given: a result that may leave out properties of [Spot]. */
@JsonRpcNamespace("spots")
class Spots {
    @JsonRpc
    fun echo(spot: Map<String, Int>): Map<String, Int> = spot
}

/** A client that reads the answers as a [Spot], in a suspend function and in one that is not. */
@RegisterJsonRpcClient(configKey = "spots")
@JsonRpcNamespace("spots")
interface SpotsClient {
    @JsonRpc
    suspend fun echo(spot: Map<String, Int>): Spot

    @JsonRpc("echo")
    fun echoNow(spot: Map<String, Int>): Spot
}

/** What each function gave for each result: the spot, or the exception's class and message. */
fun readSpots(client: SpotsClient, results: List<Map<String, Int>>): List<String> = runBlocking {
    results.flatMap { result ->
        listOf(attempt { client.echo(result) }, attempt { client.echoNow(result) })
    }
}

private suspend fun attempt(call: suspend () -> Spot): String = try {
    call().toString()
} catch (e: RuntimeException) {
    "${e.javaClass.simpleName}: ${e.message}"
}
