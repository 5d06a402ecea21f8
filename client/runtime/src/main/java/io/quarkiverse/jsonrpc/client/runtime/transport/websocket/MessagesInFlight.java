package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.vertx.core.Future;

/**
 * The messages written on one connection that the server may still answer: the candidates for an error with a
 * {@code null} id, which answers a message the server could not read (a parse error, a batch over its limit) without
 * saying which. Only where one message is left is the error its answer; guessing among several would give one call
 * the failure of another.
 * <p>
 * A message of requests may be answered until a response with each of its ids has come, even after its calls gave up
 * (timed out, cancelled): the server answers it all the same. A message of notifications only gets an answer only
 * when the server cannot read it, which it says as it reads it, before the messages written after it: it is no
 * candidate once one of those is answered.
 */
final class MessagesInFlight {

    /** Past this many candidates, none is tracked any more on the connection: a server that never answers. */
    static final int MAX_TRACKED = 1_000;

    /** A message written: its calls by id, none for notifications only, and its place among those written. */
    static final class Message {

        final Map<Long, ResponseHandler> calls;
        final long sequence;
        private int unanswered;

        private Message(Map<Long, ResponseHandler> calls, long sequence) {
            this.calls = calls;
            this.sequence = sequence;
            this.unanswered = calls.size();
        }
    }

    // guarded by this
    private final Map<Long, Message> byId = new HashMap<>();
    private final Set<Message> requests = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The messages of notifications only, in the order they were written. */
    private final ArrayDeque<Message> notifications = new ArrayDeque<>();
    private long written;
    /** Too many candidates were left: an error with a null id is told to no call on this connection any more. */
    private boolean untracked;

    /**
     * Writes a message: a candidate from the moment before it is written, as its answer may come before the write
     * completes, until the write fails.
     *
     * @param calls the message's calls by id; none for notifications only
     */
    Future<Void> written(Map<Long, ResponseHandler> calls, Supplier<Future<Void>> write) {
        Message message = written(calls);
        Future<Void> writing = write.get();
        return message == null ? writing : writing.onFailure(failed -> notWritten(message));
    }

    /** A candidate from now on; {@code null} where none is tracked any more. */
    private synchronized Message written(Map<Long, ResponseHandler> calls) {
        if (untracked) {
            return null;
        }
        if (requests.size() + notifications.size() >= MAX_TRACKED) {
            untracked = true;
            byId.clear();
            requests.clear();
            notifications.clear();
            return null;
        }
        Message message = new Message(calls, ++written);
        if (calls.isEmpty()) {
            notifications.addLast(message);
        } else {
            requests.add(message);
            calls.keySet().forEach(id -> byId.put(id, message));
        }
        return message;
    }

    /** The message could not be written: the server will not answer it. */
    private synchronized void notWritten(Message message) {
        if (requests.remove(message)) {
            message.calls.keySet().forEach(id -> byId.remove(id, message));
        } else {
            notifications.remove(message);
        }
    }

    /** A response with this id came: the server has read its message, and those written before. */
    synchronized void answered(long id) {
        Message message = byId.remove(id);
        if (message == null) {
            return;
        }
        if (--message.unanswered == 0) {
            requests.remove(message);
        }
        while (!notifications.isEmpty() && notifications.peekFirst().sequence < message.sequence) {
            notifications.removeFirst();
        }
    }

    /**
     * An error with a {@code null} id came: the one message it can answer, no longer a candidate; {@code null} when
     * there are several, or none.
     */
    synchronized Message answeredByError() {
        if (untracked || requests.size() + notifications.size() != 1) {
            return null;
        }
        if (!notifications.isEmpty()) {
            return notifications.removeFirst();
        }
        Message message = requests.iterator().next();
        notWritten(message);
        return message;
    }

    /**
     * How many messages of notifications the server may not have read: those written since it last answered a message
     * written after them; -1 where no longer counted.
     */
    synchronized int unreadNotifications() {
        return untracked ? -1 : notifications.size();
    }

    /** How many messages the error may answer, for the log. */
    synchronized int candidates() {
        return untracked ? -1 : requests.size() + notifications.size();
    }
}
