package io.quarkiverse.jsonrpc.server.kotlin.security

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.annotation.security.RolesAllowed

/**
 * A class with a secured method and one without an annotation, which quarkus.security.deny-unannotated-members denies:
 * open, as the security interceptor needs of a bean Kotlin makes final.
 */
@JsonRpcNamespace("counter")
open class Counter {

    @JsonRpc
    @RolesAllowed("admin")
    open fun reset(): String = "reset"

    @JsonRpc
    open fun read(): Int = 1
}
