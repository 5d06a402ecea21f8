package io.quarkiverse.jsonrpc.server.runtime.push;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.ErrorObject;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;

/**
 * What the sessions share: the registry, the wire format, how a failed stream is reported, what a stream that
 * outruns its client gets, how many calls a connection may run at once, how many subscriptions it may have open, and
 * the largest response ({@code limits.max-response-size}).
 */
public record PushSupport(ConnectionRegistry registry, NotificationWriter writer,
        StreamErrors errors, Overflow overflow, int maxCallsInFlight, int maxSubscriptions, int maxResponseSize) {

    /** The error a subscription's client gets when the stream fails. */
    @FunctionalInterface
    public interface StreamErrors {
        ErrorObject of(Throwable failure, String method, String subscriptionId);
    }

    /**
     * How many messages may wait to be written to one connection before it is closed: a client that stops reading
     * must not make the server hold its responses and notifications without bound. Generous, so that a burst to a
     * healthy client never trips it. Counted in a long: four times a limit over 536,870,911 does not fit an int.
     */
    public int maxPendingMessages() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1024, 4L * maxCallsInFlight));
    }

    /**
     * How many bytes may wait to be written to one connection before it is closed: the count of messages alone lets
     * a client that stops reading large answers make the server hold a thousand of them. Four responses of the largest
     * size, so that a healthy client is never closed for one answer or a few.
     */
    public long maxPendingBytes() {
        return 4L * maxResponseSize;
    }
}
