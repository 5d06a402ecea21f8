package io.quarkiverse.jsonrpc.server.runtime.invocation;

/**
 * A method's result whose work goes on after the call is cancelled (its timeout passed, its connection closed): a
 * coroutine, which runs its {@code finally} blocks once cancelled. The request context of the call must last until that
 * work is over, not only until the call is. Kotlin-free, so that {@link InvokerMethodCall} can ask any result.
 */
interface OutlivesCancellation {

    /** Runs the action once the work is over: at once if it is, else on the thread that ends it. */
    void whenOver(Runnable action);
}
