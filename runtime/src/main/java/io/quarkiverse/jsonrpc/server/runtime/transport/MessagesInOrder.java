package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.ArrayDeque;

/**
 * The messages of a connection served one at a time, in the order read, each once the one before it is answered, as a
 * Django Channels consumer serves them ({@code quarkus.jsonrpc-server.websocket.in-order}). Bounded as the messages
 * waiting to be written are, in number and in bytes: a client that sends more before its turn comes is closed.
 */
final class MessagesInOrder {

    /** What becomes of a message read. */
    enum Outcome {
        /** None is being served: serve it now. */
        SERVE,
        /** Held until those before it are answered. */
        HELD,
        /** The one over the bound: the connection is to be closed. */
        TOO_MANY,
        /** After the one over the bound: the connection is closing, nothing more is served. */
        DROPPED
    }

    private final PendingLimit limit;
    private final ArrayDeque<byte[]> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private boolean serving;
    private boolean dropping;

    MessagesInOrder(PendingLimit limit) {
        this.limit = limit;
    }

    synchronized Outcome offer(byte[] message) {
        if (dropping) {
            return Outcome.DROPPED;
        }
        if (!serving) {
            serving = true;
            return Outcome.SERVE;
        }
        if (limit.exceededBy(waiting.size() + 1, waitingBytes + message.length)) {
            waiting.clear();
            waitingBytes = 0;
            dropping = true;
            return Outcome.TOO_MANY;
        }
        waiting.add(message);
        waitingBytes += message.length;
        return Outcome.HELD;
    }

    /** The message served is answered: the next to serve, or {@code null} when none waits. */
    synchronized byte[] answered() {
        byte[] next = waiting.poll();
        serving = next != null;
        if (next != null) {
            waitingBytes -= next.length;
        }
        return next;
    }
}
