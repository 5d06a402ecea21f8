package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.DiscardableResult;
import io.quarkiverse.jsonrpc.server.runtime.engine.ErrorObject;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.MultiSubscriber;

/**
 * A {@code Multi} result delivered as notifications. Items are pulled {@link #ON_THE_WAY} at a time, one more each
 * time one is written to the connection: a slow client slows the stream down instead of growing a buffer on the
 * server. A stream that cannot wait (a hot source) overflows once that many are on their way, the client behind by
 * them; the configured {@link Overflow} says what then happens.
 */
final class Subscription implements MultiSubscriber<Object> {

    private static final Logger LOG = Logger.getLogger(Subscription.class);
    /**
     * How many items may be on their way to the client at once: a write completes only once the event loop has
     * flushed it, and a hot source that emits a few items in a row (a burst of prices, a broadcast of two events) must
     * not overflow for a client that reads them at once, as it did asking for one at a time.
     */
    static final int ON_THE_WAY = 16;

    private final String id;
    /** The method whose result the stream is. */
    private final String method;
    private final Multi<?> stream;
    private final WebSocketSession session;
    /** The subscriptions of the connection, this one among them until it ends. */
    private final SessionSubscriptions owner;
    private final PushSupport push;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Whether it holds one of the connection's places: left once, by its end or its cancellation. */
    private final AtomicBoolean holdsPlace = new AtomicBoolean(true);
    private volatile Flow.Subscription upstream;

    Subscription(String id, String method, Multi<?> stream, WebSocketSession session, SessionSubscriptions owner,
            PushSupport push) {
        this.id = id;
        this.method = method;
        this.stream = stream;
        this.session = session;
        this.owner = owner;
        this.push = push;
    }

    String id() {
        return id;
    }

    /** Leaves its place; {@code true} for the one caller that did. */
    boolean leavePlace() {
        return holdsPlace.compareAndSet(true, false);
    }

    @SuppressWarnings("unchecked")
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        if (cancelled.get()) {
            // cancelled since: the cancel found it starting, and left what its call holds to this
            DiscardableResult.discard(stream);
            return;
        }
        Multi<Object> source = (Multi<Object>) stream;
        if (push.overflow() == Overflow.DROP) {
            source = source.onOverflow().drop();
        }
        source.subscribe().withSubscriber(this);
    }

    /**
     * Cancels the stream. Under the lock its messages are sent under: one being sent goes out before the answer to
     * the unsubscribe, which follows this, and none after it.
     */
    void cancel() {
        boolean first;
        synchronized (this) {
            first = cancelled.compareAndSet(false, true);
        }
        if (first) {
            if (started.compareAndSet(false, true)) {
                // never to start: what the stream holds of its call is let go
                DiscardableResult.discard(stream);
                return;
            }
            Flow.Subscription subscription = upstream;
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        upstream = subscription;
        if (cancelled.get()) {
            subscription.cancel();
        } else {
            subscription.request(ON_THE_WAY);
        }
    }

    @Override
    public void onItem(Object item) {
        if (cancelled.get()) {
            return;
        }
        byte[] message;
        try {
            message = push.writer().subscriptionItem(id, item);
        } catch (RuntimeException e) {
            upstream.cancel();
            onFailure(e);
            return;
        }
        synchronized (this) {
            // cancelled while the item was made a notification: the unsubscribe may be answered already
            if (cancelled.get()) {
                return;
            }
            session.send(message).subscribe().with(sent -> upstream.request(1), failure -> {
                LOG.debugf("Subscription %s on connection %s ended: %s", id, session.connectionId(), failure);
                session.unsubscribe(id);
            });
        }
    }

    @Override
    public void onFailure(Throwable failure) {
        if (cancelled.get()) {
            return;
        }
        boolean overflowed = failure instanceof BackPressureFailure && push.overflow() == Overflow.CLOSE;
        // an overflow is the client's doing, as the close says: not a failure of the method to log
        ErrorObject error = overflowed
                ? ErrorObject.internalError("Subscription " + id + " overflowed: the client reads too slowly")
                : push.errors().of(failure, method, id);
        // as for an item: sent before the answer to an unsubscribe, or not at all
        if (!sendLast(push.writer().subscriptionError(id, error))) {
            return;
        }
        if (overflowed) {
            LOG.debugf("Subscription %s (%s) outran connection %s, which is closed", id, method,
                    session.connectionId());
            session.closing();
            session.connection().close(CloseReasons.of(1008,
                    "Subscription " + id + " overflowed: the client reads too slowly")).subscribe().with(closed -> {
                    }, ignored -> {
                    });
        }
    }

    @Override
    public void onCompletion() {
        sendLast(push.writer().subscriptionComplete(id));
    }

    /**
     * Ends the subscription with its last message, unless it was cancelled: under the lock {@link #cancel()} takes, so
     * that the message goes out before the answer to an unsubscribe, or not at all. It stays listed until the message
     * is handed over: an unsubscribe that did not find it would be answered at once, maybe before the message.
     *
     * @return whether the message was sent
     */
    private synchronized boolean sendLast(byte[] message) {
        if (cancelled.get()) {
            return false;
        }
        owner.ending(this);
        session.send(message).subscribe().with(sent -> {
        }, ignored -> {
        });
        owner.ended(this);
        return true;
    }
}
