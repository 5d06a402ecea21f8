package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the request context a call's result keeps, once, whichever comes first: the result's end (completed, failed,
 * cancelled) or its discarding unsubscribed.
 */
final class ContextEnd implements Runnable {

    private final Runnable endContext;
    private final AtomicBoolean ended = new AtomicBoolean();

    ContextEnd(Runnable endContext) {
        this.endContext = endContext;
    }

    @Override
    public void run() {
        if (ended.compareAndSet(false, true)) {
            endContext.run();
        }
    }
}
