package io.quarkiverse.jsonrpc.server.kotlin.invalid

import io.quarkiverse.jsonrpc.server.JsonRpc

/** An extension function's receiver is a JVM parameter without a name of the source: no param could name it. */
class ExtensionFunction {

    @JsonRpc
    fun String.shout(): String = uppercase()
}
