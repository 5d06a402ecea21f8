package io.quarkiverse.jsonrpc.server.runtime.engine;

/**
 * A result that holds something of its call until it ends, such as the call's request context: a stream, or a
 * {@code Uni} yet to complete. One that is never to be subscribed to (the result of a notification, a subscription
 * refused or cancelled before it started, the result of a call cancelled while its method ran) is discarded, which lets
 * that go.
 */
public interface DiscardableResult {

    void discard();

    /** Discards a result that is one. */
    static void discard(Object result) {
        if (result instanceof DiscardableResult discardable) {
            discardable.discard();
        }
    }
}
