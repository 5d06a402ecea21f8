package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcContext
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint
import kotlinx.coroutines.delay

/** A Kotlin class at an endpoint of its own, whose path names the tenant: a suspend function reads it. */
@JsonRpcEndpoint("/tenants/{tenant}")
class Tenants {

    @JsonRpc
    suspend fun tenant(context: JsonRpcContext, greeting: String = "Hello"): String {
        delay(1)
        return "$greeting, ${context.pathParam("tenant")}"
    }
}
