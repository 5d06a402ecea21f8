package io.quarkiverse.jsonrpc.server.kotlin.objects

import io.quarkiverse.jsonrpc.server.JsonRpc
import jakarta.inject.Singleton

/** A Kotlin object that a bean-defining annotation makes a bean: ArC's instance is still not `Registry`. */
@Singleton
object Registry {

    @JsonRpc
    fun size(): Int = 0
}
