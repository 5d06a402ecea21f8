package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.annotation.Priority
import jakarta.enterprise.context.ApplicationScoped
import jakarta.interceptor.AroundInvoke
import jakarta.interceptor.Interceptor
import jakarta.interceptor.InterceptorBinding
import jakarta.interceptor.InvocationContext
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.delay

@InterceptorBinding
@Target(AnnotationTarget.CLASS, AnnotationTarget.FUNCTION)
@Retention(AnnotationRetention.RUNTIME)
annotation class Audited

/** Counts the calls it intercepts, as security or a transaction would wrap them. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class AuditInterceptor {

    @AroundInvoke
    fun audit(context: InvocationContext): Any? {
        audited.incrementAndGet()
        return context.proceed()
    }

    companion object {
        @JvmField
        val audited = AtomicInteger()
    }
}

/**
 * An intercepted bean, open as ArC requires of a Kotlin class whose suspend functions it intercepts (the all-open
 * plugin of a Quarkus Kotlin project makes it so). Kotlin compiles each open suspend function with a hidden static
 * copy, `credit$suspendImpl`, which carries the function's annotations too.
 */
@ApplicationScoped
@Audited
@JsonRpcNamespace("ledger")
open class Ledger {

    @JsonRpc
    open suspend fun credit(amount: Int): Int {
        delay(1)
        return amount + 1
    }
}
