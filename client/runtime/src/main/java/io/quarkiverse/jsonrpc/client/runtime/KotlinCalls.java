package io.quarkiverse.jsonrpc.client.runtime;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.coroutines.UniKt;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.jdk9.ReactiveFlowKt;

/**
 * The calls of a client interface's Kotlin methods: {@code suspend fun}s and {@code Flow} results. A class of its own:
 * Kotlin's libraries are optional, and only an application with such a method loads it.
 */
final class KotlinCalls {

    private KotlinCalls() {
    }

    /**
     * Suspends the calling coroutine until the call is answered, as mutiny-kotlin's {@code Uni.awaitSuspending()}
     * does: the call is sent now, its answer or error resumes the coroutine, and cancelling the coroutine cancels the
     * call.
     *
     * @param unit whether the function returns {@code Unit}, which it must answer instead of the result's null
     * @param continuation the function's last argument
     */
    @SuppressWarnings("unchecked")
    static Object await(Uni<Object> call, boolean unit, Object continuation) {
        Uni<Object> answer = unit ? call.map(ignored -> Unit.INSTANCE) : call;
        return UniKt.awaitSuspending(answer, (Continuation<? super Object>) continuation);
    }

    /**
     * A subscription's items as a Kotlin flow (kotlinx-coroutines-jdk9): each collection subscribes, the collector's
     * demand is the subscription's, and cancelling the collection unsubscribes.
     */
    static Object asFlow(Multi<Object> items) {
        return ReactiveFlowKt.asFlow(items);
    }
}
