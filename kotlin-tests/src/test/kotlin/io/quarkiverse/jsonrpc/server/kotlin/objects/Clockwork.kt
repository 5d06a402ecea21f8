package io.quarkiverse.jsonrpc.server.kotlin.objects

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace

/**
 * Functions of a companion object: a class of its own on the JVM, `Clockwork$Companion`, made through a private
 * constructor, which the namespace of `Clockwork` is not on. A @JvmStatic one has a static twin in `Clockwork`.
 */
@JsonRpcNamespace("clockwork")
class Clockwork {

    companion object {
        @JsonRpc
        fun tick(): String = "tock"

        @JvmStatic
        @JsonRpc
        fun chime(): String = "dong"
    }
}
