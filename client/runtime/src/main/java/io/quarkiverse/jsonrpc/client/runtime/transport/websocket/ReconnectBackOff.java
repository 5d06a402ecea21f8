package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/**
 * How long a client waits before it reconnects: at once after a connection that worked drops, then
 * {@code reconnect.initial-delay}, doubling up to {@code reconnect.max-delay}, after each attempt that fails. A
 * connection counts as working once it has brought a message, or has stayed open for the initial delay: one that the
 * server closes sooner, such as an open hook turning the client away right after the upgrade, is a failed attempt, and
 * the pauses go on doubling. Also whether the failure of an attempt is the first of an outage, which is logged.
 * <p>
 * Guarded by its transport's lock, but {@link #heard()}, which a message calls without it.
 */
final class ReconnectBackOff {

    private final long initialDelayMillis;
    private final long maxDelayMillis;
    private int failedAttempts;
    /** A failed attempt was logged: the next ones are not, the connection that ends the outage is. */
    private boolean outageLogged;
    /** When the connection opened ({@code System.nanoTime}). */
    private long openedAt;
    /** Whether the current connection has brought a message: then it worked, whenever it closes. */
    private volatile boolean heard;

    ReconnectBackOff(ClientSettings.Reconnect settings) {
        this.initialDelayMillis = settings.initialDelay().toMillis();
        this.maxDelayMillis = settings.maxDelay().toMillis();
    }

    /** A connection opened; whether it ends an outage that was logged. */
    boolean opened() {
        openedAt = System.nanoTime();
        heard = false;
        return outageLogged;
    }

    /** The connection brought a message. */
    void heard() {
        if (!heard) {
            heard = true;
        }
    }

    /** The connection dropped; whether it had worked, which starts the pauses over. */
    boolean dropped() {
        boolean worked = heard || System.nanoTime() - openedAt >= initialDelayMillis * 1_000_000;
        if (worked) {
            failedAttempts = 0;
            outageLogged = false;
        }
        return worked;
    }

    /** An attempt failed; whether it is the first of the outage. */
    boolean failed() {
        boolean first = !outageLogged;
        outageLogged = true;
        return first;
    }

    /** The pause before the next attempt, in milliseconds: counted as an attempt. */
    long nextDelay() {
        long delay = failedAttempts == 0 ? 1
                : Math.min(maxDelayMillis, initialDelayMillis << Math.min(failedAttempts - 1, 20));
        failedAttempts++;
        return Math.max(1, delay);
    }
}
