package io.quarkiverse.jsonrpc.server.runtime.invocation;

/** How a method delivers its result. */
public enum ResultKind {
    VALUE,
    VOID,
    UNI,
    COMPLETION_STAGE,
    /** A stream, delivered over WebSocket as a subscription. */
    MULTI
}
