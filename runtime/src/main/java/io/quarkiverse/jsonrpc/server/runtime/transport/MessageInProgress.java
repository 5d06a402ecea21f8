package io.quarkiverse.jsonrpc.server.runtime.transport;

/**
 * A message whose calls are still running, as its connection's {@link WebSocketSession} tracks it until it is
 * answered: a link of the session's own list rather than an entry of a set, so that tracking a message allocates
 * nothing and a connection with no message in progress, the usual state of a server's many connections, holds
 * nothing for it. The links are guarded by the session.
 */
abstract class MessageInProgress {

    MessageInProgress previous;
    MessageInProgress next;
    boolean tracked;

    /** The connection has closed: the calls' results would have nowhere to go. */
    abstract void cancel();
}
