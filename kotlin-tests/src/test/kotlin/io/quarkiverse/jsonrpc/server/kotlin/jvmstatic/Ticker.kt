package io.quarkiverse.jsonrpc.server.kotlin.jvmstatic

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen
import jakarta.inject.Singleton

/** A @JvmStatic function of an object: kotlinc writes it as a static method of `Ticker`, and no instance method. */
object Ticker {

    @JvmStatic
    @JsonRpc
    fun tick(): String = "tock"
}

/** The same in an object that a bean-defining annotation makes a bean, with a hook besides. */
@Singleton
object Metronome {

    @JvmStatic
    @JsonRpc
    fun beat(): String = "tick"

    @JvmStatic
    @OnJsonRpcOpen
    fun opened() {
    }
}
