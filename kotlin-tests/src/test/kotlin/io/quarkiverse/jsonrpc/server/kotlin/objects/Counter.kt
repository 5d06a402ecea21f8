package io.quarkiverse.jsonrpc.server.kotlin.objects

import io.quarkiverse.jsonrpc.server.JsonRpc

/** A Kotlin object: its one instance is `Counter`, `INSTANCE` on the JVM, made through a private constructor. */
object Counter {

    var count = 0

    @JsonRpc
    fun increment(): Int = ++count
}
