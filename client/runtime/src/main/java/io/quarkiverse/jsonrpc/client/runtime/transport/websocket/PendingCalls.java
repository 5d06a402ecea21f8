package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;

/**
 * The calls of a WebSocket client waiting for their answers, by id, whichever connection their messages went on:
 * registered before their message is sent, taken out when answered or when they give up, failed when their connection
 * drops or the client closes.
 */
final class PendingCalls {

    private final Map<Long, ResponseHandler> calls = new ConcurrentHashMap<>();

    /**
     * Registers the calls of a message, then takes out those that gave up (cancelled, timed out) before they were
     * registered: their forget ran before, found nothing, and would leave them pending until the connection closes.
     * Checked after registering, a call that gives up is either seen here or removed by its forget, whichever comes
     * last.
     *
     * @return whether none of the message's calls still waits: sent, the server would run them for nobody
     */
    boolean register(Map<Long, ResponseHandler> awaiting) {
        calls.putAll(awaiting);
        boolean anyWaiting = false;
        for (Map.Entry<Long, ResponseHandler> call : awaiting.entrySet()) {
            if (call.getValue().waiting()) {
                anyWaiting = true;
            } else {
                calls.remove(call.getKey(), call.getValue());
            }
        }
        return !awaiting.isEmpty() && !anyWaiting;
    }

    /** The call of this id, taken out to be answered; {@code null} where none waits. */
    ResponseHandler take(Long id) {
        return calls.remove(id);
    }

    /** A call that gave up: its answer, if it comes, is dropped. */
    void forget(long id) {
        calls.remove(id);
    }

    /**
     * Fails the calls of these ids still waiting, each taken out as it is failed: a call registered meanwhile, by a
     * send on another thread, is either failed here or left waiting for the next connection, never dropped unanswered.
     */
    void fail(Iterable<Long> ids, Throwable failure) {
        for (Long id : ids) {
            ResponseHandler handler = calls.remove(id);
            if (handler != null) {
                handler.onFailure(failure);
            }
        }
    }

    /** Fails every call waiting, as {@link #fail} does. */
    void failAll(Throwable failure) {
        fail(calls.keySet(), failure);
    }
}
