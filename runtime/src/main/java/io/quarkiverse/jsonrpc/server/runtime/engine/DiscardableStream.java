package io.quarkiverse.jsonrpc.server.runtime.engine;

/**
 * A stream that holds something of its call until it ends, such as the call's request context: one that is never to
 * be subscribed to (the result of a notification, a subscription refused or cancelled before it started) is discarded,
 * which lets that go.
 */
public interface DiscardableStream {

    void discard();

    /** Discards a stream that is one. */
    static void discard(Object stream) {
        if (stream instanceof DiscardableStream discardable) {
            discardable.discard();
        }
    }
}
