package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Whether calls are still taken, and how many are being answered: one for the whole server, shared by the engines of
 * its endpoints, so that graceful shutdown stops them all at once and waits for all their calls.
 */
public final class CallAdmission {

    final LongAdder inFlight = new LongAdder();
    volatile boolean stopping;

    /**
     * From now on calls are answered with {@code -32006 Server shutting down}, by every engine of this admission;
     * those already running go on.
     */
    public void stop() {
        stopping = true;
    }

    /**
     * How many calls are being answered, all sessions and all engines of this admission together: from their start
     * until their answer is handed to the transport, or their cancellation. Graceful shutdown waits for it, and the
     * {@code requests.active} gauge shows it.
     */
    public long callsInFlight() {
        return inFlight.sum();
    }
}
