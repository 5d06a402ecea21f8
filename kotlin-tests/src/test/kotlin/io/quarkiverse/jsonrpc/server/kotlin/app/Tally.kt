package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.annotation.PreDestroy
import jakarta.enterprise.context.Dependent
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * A @Dependent bean with default values: an instance for each call, destroyed once the call is complete (a suspend
 * function's coroutine over, a Flow's subscription ended), whether the call gave every param or not.
 */
@Dependent
@JsonRpcNamespace("tally")
class Tally {

    @JsonRpc
    fun add(a: Int, b: Int = 10): Int = a + b

    @JsonRpc
    suspend fun addLater(a: Int, b: Int = 100): Int {
        delay(1)
        check(alive) { "the instance was destroyed while its call ran" }
        return a + b
    }

    @JsonRpc
    fun upTo(n: Int): Flow<Int> = flow {
        for (i in 1..n) {
            delay(1)
            check(alive) { "the instance was destroyed while its flow ran" }
            emit(i)
        }
    }

    /** Fails with an exception that the suspend mapper below maps, on an instance of its own. */
    @JsonRpc
    fun subtractBelowZero(a: Int, b: Int): Int = if (b > a) throw IllegalArgumentException("$a - $b") else a - b

    @JsonRpcExceptionMapper
    suspend fun belowZero(e: IllegalArgumentException): JsonRpcException {
        delay(1)
        check(alive) { "the instance was destroyed while its mapper ran" }
        return JsonRpcException(-32012, "Below zero", e.message)
    }

    private var alive = true

    @PreDestroy
    fun destroy() {
        alive = false
        destroyed.incrementAndGet()
    }

    companion object {
        @JvmField
        val destroyed = AtomicInteger()
    }
}
