package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;

/**
 * The calls of a WebSocket client waiting for their answers, by id: registered before their message is sent, told the
 * connection it goes on, taken out when answered or when they give up, failed when that connection drops or the
 * client closes.
 */
final class PendingCalls {

    /** A call waiting, and the connection its message went on; {@code null} until it is sent. */
    private static final class Waiting {

        final ResponseHandler handler;
        volatile Object connection;

        Waiting(ResponseHandler handler) {
            this.handler = handler;
        }
    }

    private final Map<Long, Waiting> calls = new ConcurrentHashMap<>();

    /**
     * Registers the calls of a message, then takes out those that gave up (cancelled, timed out) before they were
     * registered: their forget ran before, found nothing, and would leave them pending until the client closes.
     * Checked after registering, a call that gives up is either seen here or removed by its forget, whichever comes
     * last.
     *
     * @return whether none of the message's calls still waits: sent, the server would run them for nobody
     */
    boolean register(Map<Long, ResponseHandler> awaiting) {
        boolean anyWaiting = false;
        for (Map.Entry<Long, ResponseHandler> call : awaiting.entrySet()) {
            Waiting waiting = new Waiting(call.getValue());
            calls.put(call.getKey(), waiting);
            if (call.getValue().waiting()) {
                anyWaiting = true;
            } else {
                calls.remove(call.getKey(), waiting);
            }
        }
        return !awaiting.isEmpty() && !anyWaiting;
    }

    /** The message of these calls goes on this connection: they fail if it drops ({@link #failSentOn}). */
    void sentOn(Iterable<Long> ids, Object connection) {
        for (Long id : ids) {
            Waiting waiting = calls.get(id);
            if (waiting != null) {
                waiting.connection = connection;
            }
        }
    }

    /** The call of this id, taken out to be answered; {@code null} where none waits. */
    ResponseHandler take(Long id) {
        Waiting waiting = calls.remove(id);
        return waiting == null ? null : waiting.handler;
    }

    /** A call that gave up: its answer, if it comes, is dropped. */
    void forget(long id) {
        calls.remove(id);
    }

    /** Fails the calls of these ids still waiting, each taken out as it is failed. */
    void fail(Iterable<Long> ids, Throwable failure) {
        for (Long id : ids) {
            Waiting waiting = calls.remove(id);
            if (waiting != null) {
                waiting.handler.onFailure(failure);
            }
        }
    }

    /**
     * Fails the calls whose message went on this connection, which dropped. A call registered meanwhile, by a send on
     * another thread or by whoever heard of the drop first, is not on it: it waits for the next connection, never
     * failed for a connection its message did not go on.
     */
    void failSentOn(Object connection, Throwable failure) {
        calls.forEach((id, waiting) -> {
            if (waiting.connection == connection && calls.remove(id, waiting)) {
                waiting.handler.onFailure(failure);
            }
        });
    }

    /** Fails every call waiting: the client closed. */
    void failAll(Throwable failure) {
        fail(calls.keySet(), failure);
    }
}
