package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.annotation.PreDestroy
import jakarta.enterprise.context.Dependent
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.delay

/**
 * A @Dependent bean with default values: an instance for each call, destroyed once the call is complete, whether the
 * call gave every param or not.
 */
@Dependent
@JsonRpcNamespace("tally")
class Tally {

    @JsonRpc
    fun add(a: Int, b: Int = 10): Int = a + b

    @JsonRpc
    suspend fun addLater(a: Int, b: Int = 100): Int {
        delay(1)
        return a + b
    }

    @PreDestroy
    fun destroy() {
        destroyed.incrementAndGet()
    }

    companion object {
        @JvmField
        val destroyed = AtomicInteger()
    }
}
