package io.quarkiverse.jsonrpc.server.kotlin.security

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import io.quarkus.security.Authenticated
import io.quarkus.security.identity.SecurityIdentity
import kotlinx.coroutines.delay

/**
 * An endpoint whose suspend open hook is @Authenticated and whose method carries no annotation: the hook guards every
 * request over HTTP, as a Java hook does. Open, as the security interceptor needs of a bean Kotlin makes final.
 */
@JsonRpcEndpoint("/guarded")
open class Guarded {

    @OnJsonRpcOpen
    @Authenticated
    open suspend fun opened() {
        delay(1)
    }

    @JsonRpc
    fun hello(identity: SecurityIdentity): String = "Hello ${identity.principal.name}"
}
