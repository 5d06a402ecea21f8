package io.quarkiverse.jsonrpc.server.kotlin.clientheaders

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import io.smallrye.mutiny.Uni

/** Headers declared as a Kotlin object: the bean the extension would make of it is a second instance. */
object Tokens : JsonRpcClientHeaders {
    override fun headers(configKey: String): Uni<Map<String, String>> =
        Uni.createFrom().item(mapOf("Authorization" to "Bearer t"))
}

/** A client whose headers the object gives. */
@RegisterJsonRpcClient(configKey = "vault", headers = Tokens::class)
interface VaultClient {
    @JsonRpc
    fun open(): String
}
