package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * What goes out on one connection, answers and notifications alike: written to the Vert.x WebSocket directly where
 * it can be reached, through websockets-next otherwise, and counted until written, messages and bytes, so that a client
 * that stops reading is closed instead of making the server hold its messages without bound.
 * <p>
 * A message longer than a frame goes out as a text frame and continuation frames, which no frame of another message
 * may come between (RFC 6455, section 5.4). Vert.x writes such a message a frame at a time, and a frame written from
 * a thread other than the event loop, or while frames wait to be written, is queued as a task of its own: two answers
 * finished on two workers at once would interleave their frames. So every message of the connection is handed to
 * Vert.x under the connection's lock, a message's frames queued or written together; the lock is held for no longer
 * than that hand-off, and is free but where another message is being handed over.
 */
final class Outbound {

    private static final Logger LOG = Logger.getLogger(Outbound.class);
    /**
     * How long a client closed for leaving messages unread has to read them and answer the close frame behind them
     * before its TCP connection is closed.
     */
    private static final Duration UNREAD_CLOSE_GRACE = Duration.ofSeconds(5);
    private static final AtomicIntegerFieldUpdater<Outbound> PENDING = AtomicIntegerFieldUpdater.newUpdater(Outbound.class,
            "pending");
    private static final AtomicLongFieldUpdater<Outbound> PENDING_BYTES = AtomicLongFieldUpdater
            .newUpdater(Outbound.class, "pendingBytes");

    private final WebSocketConnection connection;
    /** The Vert.x WebSocket under the connection, written directly; {@code null} to write through websockets-next. */
    private final WebSocketBase socket;
    /** A message up to this size goes out as one frame, as Vert.x would send it; a longer one in several. */
    private final int maxFrameSize;
    private final PendingLimit limit;
    /** {@code null} where traffic logging is off. */
    private final TrafficLog traffic;
    private volatile int pending;
    private volatile long pendingBytes;
    /** 1 once the connection is being closed for leaving too many messages unread: it is closed once. */
    private volatile int closingUnread;
    private static final AtomicIntegerFieldUpdater<Outbound> CLOSING_UNREAD = AtomicIntegerFieldUpdater
            .newUpdater(Outbound.class, "closingUnread");
    /** 1 while a look at a connection over the count is planned (see {@link #reservePending()}). */
    private volatile int unreadCheck;
    private static final AtomicIntegerFieldUpdater<Outbound> UNREAD_CHECK = AtomicIntegerFieldUpdater
            .newUpdater(Outbound.class, "unreadCheck");
    /** The connection's event loop, where what is written to it is flushed; {@code null} outside Vert.x (tests). */
    private final Context eventLoop;

    Outbound(WebSocketConnection connection, WebSocketBase socket, int maxFrameSize, PendingLimit limit,
            TrafficLog traffic) {
        this.connection = connection;
        this.socket = socket;
        this.maxFrameSize = maxFrameSize;
        this.limit = limit;
        this.traffic = traffic;
        this.eventLoop = Vertx.currentContext();
    }

    /** Sends one text frame when subscribed to; the item comes once it is written. */
    Uni<Void> send(byte[] message) {
        return send(message, true);
    }

    /**
     * Hands one text frame to the connection when subscribed to; the item comes once it is queued, before it is
     * written: a broadcast waits for no member's reading. It counts against the unread limits until written all the
     * same, and fails at once on a connection closing for leaving too many messages unread.
     */
    Uni<Void> queue(byte[] message) {
        return send(message, false);
    }

    private Uni<Void> send(byte[] message, boolean untilWritten) {
        if (socket == null) {
            return Uni.createFrom().emitter(sent -> {
                if (!reservePending(message.length)) {
                    closeUnread().subscribe().with(sent::complete, sent::fail);
                    return;
                }
                if (traffic != null) {
                    traffic.sent(connection, message);
                }
                String text = new String(message, StandardCharsets.UTF_8);
                // websockets-next hands the text to Vert.x when its Uni is subscribed to: under the lock
                synchronized (this) {
                    connection.sendText(text).subscribe().with(done -> {
                        releasePending(message.length);
                        if (untilWritten) {
                            sent.complete(null);
                        }
                    }, failure -> {
                        releasePending(message.length);
                        if (untilWritten) {
                            sent.fail(failure);
                        } else {
                            LOG.debugf("Could not send a JSON-RPC message on connection %s: %s", connection.id(),
                                    failure);
                        }
                    });
                }
                if (!untilWritten) {
                    sent.complete(null);
                }
            });
        }
        return new DirectSend(message, untilWritten);
    }

    /**
     * Sends the answer to a message now. On the event loop, inside Netty's read, it leaves with the other answers
     * of that read in one flush; from a worker thread, Vert.x queues it in order behind what is already queued.
     */
    void answer(byte[] message) {
        if (socket == null) {
            send(message).subscribe().with(sent -> {
            }, failure -> LOG.debugf("Could not send a JSON-RPC response on connection %s: %s", connection.id(),
                    failure));
            return;
        }
        if (!reservePending(message.length)) {
            closeUnread().subscribe().with(closed -> {
            }, failure -> {
            });
            return;
        }
        writeText(message).onComplete(result -> written(result, message.length));
    }

    /**
     * The engine's bytes as a text frame, as they are: {@code writeTextMessage} takes a {@code String}, which would
     * be decoded from these bytes only to be encoded back. A message longer than a frame goes through it, to be
     * split as Vert.x splits it.
     */
    private Future<Void> writeText(byte[] message) {
        if (traffic != null) {
            traffic.sent(connection, message);
        }
        if (message.length <= maxFrameSize) {
            WebSocketFrameImpl frame = new WebSocketFrameImpl(WebSocketFrameType.TEXT, message, true);
            synchronized (this) {
                return socket.writeFrame(frame);
            }
        }
        String text = new String(message, StandardCharsets.UTF_8);
        synchronized (this) {
            return socket.writeTextMessage(text);
        }
    }

    private void written(AsyncResult<Void> result, int bytes) {
        releasePending(bytes);
        if (result.failed()) {
            LOG.debugf("Could not send a JSON-RPC message on connection %s: %s", connection.id(), result.cause());
        }
    }

    /**
     * A message counted against the unread limits; {@code false} once the connection is being closed for leaving too
     * many unread.
     * <p>
     * Over the limits, the client may not be reading, or the messages may only wait for their flush: Vert.x flushes
     * what is written to a connection during its read when the read ends, so a call that sends its own connection's
     * group a burst of notifications counts them all until then. The connection is therefore looked at again once its
     * event loop has done what it is doing, the flush included: a client that does not read still has more than the
     * limits waiting, and Netty holds more for it than its write buffer's high-water mark. What another thread writes
     * (a burst sent from a member's event loop to the other members of its group) waits in the event loop's queue, and
     * Vert.x flushes it only once the last of it is written: the look, which comes behind part of it, flushes first.
     */
    private boolean reservePending(int bytes) {
        PENDING_BYTES.addAndGet(this, bytes);
        PENDING.incrementAndGet(this);
        if (overLimit()) {
            if (closingUnread == 1 || eventLoop == null) {
                releasePending(bytes);
                return false;
            }
            if (UNREAD_CHECK.compareAndSet(this, 0, 1)) {
                eventLoop.runOnContext(ignored -> checkUnread());
            }
        }
        return true;
    }

    private void releasePending(int bytes) {
        PENDING.decrementAndGet(this);
        PENDING_BYTES.addAndGet(this, -bytes);
    }

    private boolean overLimit() {
        return limit.exceededBy(pending, pendingBytes);
    }

    private void checkUnread() {
        unreadCheck = 0;
        if (overLimit() && bufferFull()) {
            closeUnread().subscribe().with(closed -> {
            }, failure -> {
            });
        }
    }

    /**
     * Whether Netty holds more for the client than its write buffer's high-water mark once what it holds is flushed:
     * what is written but not yet flushed was never offered to the client.
     */
    private boolean bufferFull() {
        WebSocketBase vertx = socket != null ? socket : VertxWebSocketAccess.of(connection);
        if (vertx == null) {
            return true;
        }
        Channel channel = VertxWebSocketAccess.channel(vertx);
        if (channel != null) {
            channel.flush();
        }
        try {
            return vertx.writeQueueFull();
        } catch (IllegalStateException closed) {
            return false;
        }
    }

    /** Whether the connection is being closed for leaving too many messages unread. */
    boolean closingUnread() {
        return closingUnread == 1;
    }

    /**
     * Closes the connection of a client that does not read, once: the messages that come after the one over the limit
     * (the answers of the calls still running) find it closing, and are dropped. The close frame waits behind what the
     * client does not read, and the closing handshake ends only once it has read it all: a client that never reads
     * again would keep the connection open, its calls running and a graceful shutdown waiting for them, so its TCP
     * connection is closed if the handshake has not ended after a grace.
     */
    private Uni<Void> closeUnread() {
        if (!CLOSING_UNREAD.compareAndSet(this, 0, 1)) {
            return Uni.createFrom().failure(new IllegalStateException("Connection closed: too many unread messages"));
        }
        LOG.debugf("Connection %s leaves %d messages of %d bytes unread, over the limit of %d messages or %d bytes:"
                + " closed", connection.id(), pending, pendingBytes, limit.messages(), limit.bytes());
        if (eventLoop != null) {
            eventLoop.owner().setTimer(UNREAD_CLOSE_GRACE.toMillis(), ignored -> closeTcp());
        }
        return connection.close(new CloseReason(1008, "Too many unread messages: the client does not read"))
                .onItem().failWith(() -> new IllegalStateException("Connection closed: too many unread messages"));
    }

    /**
     * Closes the TCP connection, dropping what waits to be written to it, unless it is closed already. The close starts
     * at the head of the pipeline: through it, Vert.x's handler would first wait its own closing timeout
     * ({@code webSocketClosingTimeout}, 10 seconds by default) for the closing handshake this ends.
     */
    private void closeTcp() {
        Channel channel = VertxWebSocketAccess.channel(socket != null ? socket : VertxWebSocketAccess.of(connection));
        if (channel != null && channel.isActive()) {
            LOG.debugf("Connection %s, closed for leaving messages unread, has not ended the closing handshake within"
                    + " %d seconds: its TCP connection is closed", connection.id(), UNREAD_CLOSE_GRACE.toSeconds());
            ChannelHandlerContext first = channel.pipeline().firstContext();
            if (first != null) {
                first.close();
            } else {
                channel.close();
            }
        }
    }

    /**
     * A message written to the Vert.x WebSocket when subscribed to. The Vert.x future's callback completes the
     * subscriber directly: Mutiny's conversion of a future would capture and restore thread contexts around it (see
     * {@link UndecoratedUni}).
     */
    private final class DirectSend extends AbstractUni<Void> {

        private final byte[] message;
        /** Whether the item waits for the message to be written, or comes once it is queued. */
        private final boolean untilWritten;

        DirectSend(byte[] message, boolean untilWritten) {
            this.message = message;
            this.untilWritten = untilWritten;
        }

        @Override
        public void subscribe(UniSubscriber<? super Void> subscriber) {
            SendSubscription subscription = new SendSubscription(subscriber);
            subscriber.onSubscribe(subscription);
            if (!reservePending(message.length)) {
                closeUnread().subscribe().with(subscription::onItem, subscription::onFailure);
                return;
            }
            Future<Void> write = writeText(message);
            if (!untilWritten) {
                write.onComplete(result -> written(result, message.length));
                subscription.onItem(null);
                return;
            }
            write.onComplete(result -> {
                releasePending(message.length);
                if (result.succeeded()) {
                    subscription.onItem(null);
                } else {
                    subscription.onFailure(result.cause());
                }
            });
        }
    }

    /**
     * One subscriber of a {@link DirectSend}, told the outcome unless it cancelled: Mutiny reports a failure signalled
     * to a cancelled subscriber as dropped, at ERROR, and a write fails whenever the client goes away meanwhile.
     */
    private static final class SendSubscription implements UniSubscription {

        private final UniSubscriber<? super Void> subscriber;
        private volatile boolean cancelled;

        SendSubscription(UniSubscriber<? super Void> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        void onItem(Void item) {
            if (!cancelled) {
                subscriber.onItem(item);
            }
        }

        void onFailure(Throwable failure) {
            if (!cancelled) {
                subscriber.onFailure(failure);
            }
        }
    }
}
