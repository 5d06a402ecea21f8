package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcError
import io.quarkiverse.jsonrpc.server.JsonRpcException
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.annotation.JsonTypeInfo
import com.fasterxml.jackson.annotation.JsonTypeName
import io.smallrye.mutiny.Uni
import io.vertx.core.Context
import jakarta.validation.Valid
import jakarta.validation.constraints.NotBlank
import jakarta.enterprise.context.RequestScoped
import jakarta.inject.Inject
import java.util.concurrent.Semaphore
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * The Kotlin guide's example: suspend functions and a Flow, each suspending before it answers, so that the answer
 * comes from a resumed coroutine. No bean-defining annotation: the class becomes a @Singleton bean.
 */
@JsonRpcNamespace("kt")
class Greetings {

    @Inject
    lateinit var callState: CallState

    @JsonRpc
    suspend fun greet(name: String, punctuation: String): String {
        delay(1)
        return "Hello $name$punctuation"
    }

    /** A param of a nullable type may be omitted: it is then null. */
    @JsonRpc
    suspend fun welcome(name: String, title: String?): String {
        delay(1)
        return if (title == null) "Welcome $name" else "Welcome $title $name"
    }

    /**
     * Default values apply to params omitted, by name or at the end of positional params; a param given null is null.
     * Not suspend: it runs on a worker thread, as a Java method returning a value does.
     */
    @JsonRpc
    fun introduce(name: String, title: String = "Dr", times: Int = 1, note: String? = "!"): String =
        List(times) { "$title $name" }.joinToString(", ") + (note ?: "")

    /** A suspend function's default values apply as a plain function's do. */
    @JsonRpc
    suspend fun farewell(name: String, word: String = "Goodbye", times: Long = 2): String {
        delay(1)
        return List(times.toInt()) { word }.joinToString(" ") + " $name"
    }

    /** Fails with an exception that the suspend mapper below turns into an error. */
    @JsonRpc
    fun find(id: Int): String = throw NoSuchElementException("item $id")

    /** A suspend exception mapper: the error comes from a resumed coroutine. */
    @JsonRpcExceptionMapper
    suspend fun notFound(e: NoSuchElementException): JsonRpcException {
        delay(1)
        return JsonRpcException(-32011, "Not found", e.message)
    }

    /**
     * Where the coroutine started, and where it resumed after suspending: on the call's event loop, in the call's
     * request context.
     */
    @JsonRpc
    suspend fun resumed(): Map<String, Boolean> {
        val started = Context.isOnEventLoopThread()
        val before = callState.id
        delay(1)
        return mapOf("started" to started, "eventLoop" to Context.isOnEventLoopThread(),
            "sameRequest" to (callState.id == before))
    }

    /** Returns Unit: answered null, as a void method is. */
    @JsonRpc
    suspend fun forget(name: String) {
        delay(1)
    }

    /** A vararg of a suspend function: the remaining params, as a Java method's varargs take them. */
    @JsonRpc
    suspend fun total(vararg amounts: Int): Int {
        delay(1)
        return amounts.sum()
    }

    @JsonRpc
    suspend fun divide(dividend: Int, divisor: Int): Int {
        delay(1)
        if (divisor == 0) {
            throw JsonRpcException(-32010, "Division by zero")
        }
        return dividend / divisor
    }

    /** Never answers: its timeout cancels the coroutine. */
    @JsonRpc(timeout = "100ms")
    suspend fun hang(): String {
        try {
            awaitCancellation()
        } finally {
            cancelled.release()
        }
    }

    /** Answers once the test opens the gate: a call its caller may give up meanwhile. */
    @JsonRpc
    suspend fun gated(): String {
        entered.release()
        gate.receive()
        return "through"
    }

    /**
     * A data class in and out: it has no constructor without arguments, so Jackson binds it through Kotlin's module,
     * which Quarkus's Kotlin extension registers with the application's ObjectMapper.
     */
    @JsonRpc
    suspend fun move(point: Point, dx: Int): Point {
        delay(1)
        return point.copy(x = point.x + dx)
    }

    /**
     * Takes a value class, which its underlying value stands for on the wire, and returns one in a property: kotlinc
     * mangles the JVM names (`label-…`, `getCode-…`); the JSON-RPC name is still `kt.label`, the property `code`.
     */
    @JsonRpc
    fun label(code: Code): Tag = Tag(Code(code.value.uppercase()))

    /** `internal`: kotlinc appends the module's name to the JVM name (`whisper$…`); the JSON-RPC name is `kt.whisper`. */
    @JsonRpc
    internal fun whisper(text: String): String = text.lowercase()

    /** A data class as jackson-module-kotlin reads it, and as the OpenRPC document describes it. */
    @JsonRpc
    fun register(@Valid customer: Customer): Customer = customer

    /** Kotlin has no throws clause: @Throws lists the declared errors, for the OpenRPC document. */
    @JsonRpc
    @Throws(Closed::class)
    suspend fun enter(room: String): String {
        delay(1)
        throw Closed()
    }

    /** A suspend function whose result may be null: its ? is in Kotlin's metadata only. */
    @JsonRpc
    suspend fun nickname(name: String): String? {
        delay(1)
        return if (name == "Ada") "Countess" else null
    }

    /** [nickname] as a Uni: the ? of its type argument is in Kotlin's metadata only, as a suspend function's is. */
    @JsonRpc
    fun nicknameLater(name: String): Uni<String?> = Uni.createFrom().item(if (name == "Ada") "Countess" else null)

    /** A sealed class read by the name in its `kind`. */
    @JsonRpc
    fun size(figure: Figure): Int = when (figure) {
        is Figure.Dot -> 0
        is Figure.Line -> figure.length
    }

    /** A data class whose property has no `?`: jackson-module-kotlin refuses null for it. */
    @JsonRpc
    fun shout(note: Note): String = note.text.uppercase()

    /**
     * Where a Flow is made, then where it emits, as its items: on the event loop both; then whether it emits in the
     * request context of the call that made it, after a suspension point too.
     */
    @JsonRpc
    fun placed(): Flow<Boolean> {
        val made = Context.isOnEventLoopThread()
        val state = callState.id
        return flow {
            emit(made)
            emit(Context.isOnEventLoopThread())
            emit(callState.id == state)
            delay(1)
            emit(callState.id == state)
        }
    }

    /** A subscription: one notification per item, over a WebSocket; from 3 unless told. */
    @JsonRpc
    fun countdown(from: Int = 3): Flow<Int> = flow {
        for (i in from downTo 1) {
            emit(i)
            delay(1)
        }
    }

    companion object {
        /** One permit per cancelled {@link #hang} call. */
        @JvmField
        val cancelled = Semaphore(0)

        /** One permit per {@link #gated} call the server has started. */
        @JvmField
        val entered = Semaphore(0)

        /** One element per {@link #gated} call let through. */
        @JvmField
        val gate = Channel<Unit>(Channel.UNLIMITED)
    }
}

data class Point(val x: Int, val y: Int)

@JvmInline
value class Code(val value: String)

data class Tag(val code: Code)

data class Note(val text: String)

@JsonRpcError(code = 1010, message = "Closed")
class Closed : RuntimeException()

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
sealed class Figure {
    @JsonTypeName("dot")
    data class Dot(val x: Int) : Figure()

    @JsonTypeName("line")
    data class Line(val length: Int) : Figure()
}

data class Customer(
    @JsonProperty("customer_name") val customerName: String,
    @field:NotBlank val title: String,
    val isActive: Boolean = true,
    val note: String? = null,
    val tags: List<String> = emptyList(),
)

/** State of one call: the same instance before and after a suspension point. */
@RequestScoped
open class CallState {
    open val id: Int = ids.incrementAndGet()

    companion object {
        private val ids = AtomicInteger()
    }
}
