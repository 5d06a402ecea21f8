package io.quarkiverse.jsonrpc.server.kotlin.privatefun

import io.quarkiverse.jsonrpc.server.JsonRpc

/** A private function: Kotlin has no package-private, the visibility Java would be told to choose. */
class Hidden {

    @JsonRpc
    private fun secret(): String = "shh"
}
