package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Whether calls are still taken, and how many are being answered: one for the whole server, shared by the engines of
 * its endpoints, so that graceful shutdown stops them all at once and waits for all their calls.
 */
public final class CallAdmission {

    final LongAdder inFlight = new LongAdder();
    volatile boolean stopping;
}
