package io.quarkiverse.jsonrpc.server.runtime.invocation;

/** The thread a method runs on, decided at build time as everywhere in Quarkus. */
public enum ExecutionModel {
    /** The event loop: methods returning {@code Uni} or {@code CompletionStage}, or annotated {@code @NonBlocking}. */
    EVENT_LOOP,
    /** A worker thread: every other method, or one annotated {@code @Blocking}. */
    WORKER,
    /** A virtual thread: methods annotated {@code @RunOnVirtualThread}. */
    VIRTUAL_THREAD
}
