package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkiverse.jsonrpc.server.runtime.engine.TooManySubscriptionsException;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.smallrye.mutiny.Multi;

/**
 * The subscriptions of one connection, by id: at most {@code max-subscriptions} open at once, so that one client
 * cannot make the server run streams without bound.
 */
final class SessionSubscriptions {

    private final int max;
    private final AtomicLong ids = new AtomicLong();
    /** Counted apart from the map: calls of a connection run concurrently, and a place is taken before it is used. */
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();

    SessionSubscriptions(int max) {
        this.max = max;
    }

    /**
     * A stream to deliver once the response carrying its id is sent.
     *
     * @throws TooManySubscriptionsException when the connection has {@code max} open already
     */
    Subscription add(String method, Multi<?> stream, WebSocketSession session, PushSupport push) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            throw new TooManySubscriptionsException(max);
        }
        Subscription subscription = new Subscription(Long.toString(ids.incrementAndGet()), method, stream, session,
                this, push);
        active.put(subscription.id(), subscription);
        return subscription;
    }

    /** Cancels a subscription; {@code false} if there is none of that id. */
    boolean cancel(String id) {
        Subscription subscription = active.remove(id);
        if (subscription == null) {
            return false;
        }
        free(subscription);
        subscription.cancel();
        return true;
    }

    /**
     * A subscription completes or fails: its place is free at once, but it stays listed until its last message is
     * handed to the connection (see {@link #ended}), so that an unsubscribe meanwhile finds it, and waits for that
     * message to be answered after it.
     */
    void ending(Subscription subscription) {
        free(subscription);
    }

    /** A subscription's last message is handed to the connection: it is no longer listed. */
    void ended(Subscription subscription) {
        active.remove(subscription.id(), subscription);
    }

    private void free(Subscription subscription) {
        if (subscription.leavePlace()) {
            open.decrementAndGet();
        }
    }

    /** Starts the subscriptions of these ids that are still open. */
    void start(List<String> ids) {
        for (String id : ids) {
            Subscription subscription = active.get(id);
            if (subscription != null) {
                subscription.start();
            }
        }
    }

    int count() {
        return active.size();
    }

    void cancelAll() {
        for (String id : Set.copyOf(active.keySet())) {
            cancel(id);
        }
    }
}
