package io.quarkiverse.jsonrpc.server.runtime.transport;

import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;

/**
 * How much a connection may leave waiting: the messages to be written to it, those it sends while its open hooks run,
 * those it sends ahead of their turn. More messages than the count, or more bytes than the bound in more than one
 * message: one message is taken whatever its size (a notification, which {@code max-response-size} does not bound,
 * may alone be longer).
 *
 * @param messages the count (see {@link PushSupport#maxPendingMessages()})
 * @param bytes the bound of their bytes together (see {@link PushSupport#maxPendingBytes()})
 */
record PendingLimit(int messages, long bytes) {

    static PendingLimit of(PushSupport push) {
        return new PendingLimit(push.maxPendingMessages(), push.maxPendingBytes());
    }

    /** Whether {@code count} messages of {@code total} bytes together are over it. */
    boolean exceededBy(int count, long total) {
        return count > messages || count > 1 && total > bytes;
    }
}
