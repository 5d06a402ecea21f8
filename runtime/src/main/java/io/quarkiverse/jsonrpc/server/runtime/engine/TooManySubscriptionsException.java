package io.quarkiverse.jsonrpc.server.runtime.engine;

/**
 * A session refuses one more subscription: it has as many open as it allows. The call is answered
 * {@code -32007 Too many subscriptions}; the stream is not subscribed to.
 */
public final class TooManySubscriptionsException extends RuntimeException {

    private final int limit;

    public TooManySubscriptionsException(int limit) {
        super("Too many subscriptions: " + limit + " are open", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
