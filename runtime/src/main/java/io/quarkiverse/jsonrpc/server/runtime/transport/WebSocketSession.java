package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.impl.ContextInternal;

/**
 * One JSON-RPC WebSocket connection: what the engine sees of it, its groups and its subscriptions. It lives as long
 * as the connection.
 */
public final class WebSocketSession implements TransportSession, PushConnection {

    private static final AtomicIntegerFieldUpdater<WebSocketSession> CALLS_IN_FLIGHT = AtomicIntegerFieldUpdater
            .newUpdater(WebSocketSession.class, "callsInFlight");

    private final WebSocketConnection connection;
    private final SecurityIdentity identity;
    private final PushSupport push;
    // made on first use: most connections never use them, and a server holds many connections
    private volatile Map<String, Object> userData;
    private final SessionGroups groups;
    private volatile SessionSubscriptions subscriptions;
    private volatile int callsInFlight;
    /** The first of the messages in progress, guarded by this session (see {@link MessageInProgress}). */
    private MessageInProgress inProgress;
    private volatile boolean closed;
    /** Set once the server has decided to close the connection, before the closing handshake ends. */
    private volatile boolean closing;
    private final Outbound outbound;
    /** What the connection sends while its open hooks run; {@code null} once they have let it in, or without hooks. */
    private volatile MessagesBeforeOpen beforeOpen;
    /** The messages served one at a time; {@code null} where they run side by side. */
    private volatile MessagesInOrder inOrder;
    /** The connection's session context, where the application has {@code @SessionScoped} beans; else {@code null}. */
    private volatile SessionScope sessionScope;
    /**
     * Read at the first call a listener follows: without listeners, nobody asks. Not volatile: its fields are final,
     * and two first calls at once would read the same values.
     */
    private CallNetwork network;

    /**
     * @param socket the Vert.x WebSocket to write to directly; {@code null} to write through websockets-next
     * @param maxFrameSize the largest frame the server sends, as configured for websockets-next
     * @param traffic where what the connection sends is logged; {@code null} where traffic logging is off
     */
    public WebSocketSession(WebSocketConnection connection, WebSocketBase socket, int maxFrameSize,
            SecurityIdentity identity, PushSupport push, TrafficLog traffic) {
        this.connection = connection;
        this.identity = identity;
        this.push = push;
        this.outbound = new Outbound(connection, socket, maxFrameSize, PendingLimit.of(push), traffic);
        this.groups = new SessionGroups(push.registry(), this, () -> closed);
    }

    /**
     * Holds the messages read from now on until the open hooks have decided (see {@link MessagesBeforeOpen});
     * {@code null} to serve them as they come.
     */
    void holdUntilOpen(MessagesBeforeOpen messages) {
        beforeOpen = messages;
    }

    /** Gives the connection a session context of its own, before its hooks and calls run. */
    void sessionScope(SessionScope scope) {
        sessionScope = scope;
    }

    /** The connection's session context; {@code null} where the application uses no session context. */
    SessionScope sessionScope() {
        return sessionScope;
    }

    /** What holds the messages read while the open hooks run; {@code null} when they are served at once. */
    MessagesBeforeOpen beforeOpen() {
        return beforeOpen;
    }

    /** Serves the connection's messages one at a time, in order (see {@link MessagesInOrder}). */
    void serveInOrder(MessagesInOrder messages) {
        inOrder = messages;
    }

    /** What serves the messages one at a time; {@code null} when they run side by side. */
    MessagesInOrder inOrder() {
        return inOrder;
    }

    /**
     * The server closes the connection: from now on no message of it starts a call. What the client still sends
     * before it answers the close frame would run for nothing (its answer is dropped), and a client could use the
     * closing handshake to go on past a limit that closed it.
     */
    void closing() {
        closing = true;
    }

    /**
     * Whether the connection is closing or closed: its messages are dropped, not served. The connection's own state
     * covers the closes the extension does not start: the application's, and websockets-next's when a login expires.
     */
    boolean isClosing() {
        return closing || closed || outbound.closingUnread() || connection.isClosed();
    }

    /** A method that goes on after its call was answered stays counted until it ends: the returned action ends it. */
    Runnable outliveCall() {
        // counted beyond the limit: the call was in flight already
        CALLS_IN_FLIGHT.incrementAndGet(this);
        return this::endCall;
    }

    /** The notification the application sends a caller on this connection, written when subscribed to. */
    Uni<Void> notify(String method, Object params) {
        return Uni.createFrom().item(() -> push.writer().notification(method, params)).chain(this::send);
    }

    SecurityIdentity identity() {
        return identity;
    }

    /** The open hooks have let the connection in, and the messages they held have been taken. */
    void opened() {
        beforeOpen = null;
    }

    @Override
    public boolean admitted() {
        return beforeOpen == null;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.WEBSOCKET;
    }

    @Override
    public CallListener.Network network() {
        CallNetwork read = network;
        if (read == null) {
            network = read = CallNetwork.of(connection);
        }
        return read;
    }

    /** The websockets-next connection. */
    public WebSocketConnection connection() {
        return connection;
    }

    @Override
    public String endpoint() {
        // from the websockets-next id of the connection's endpoint, when a listener asks
        return JsonRpcUpgradeCheck.endpoint(connection.endpointId());
    }

    @Override
    public String connectionId() {
        return connection.id();
    }

    @Override
    public CallContext context(CallInfo call) {
        return new WebSocketCallContext(this, call);
    }

    Map<String, Object> userData() {
        Map<String, Object> data = userData;
        if (data == null) {
            synchronized (this) {
                data = userData;
                if (data == null) {
                    userData = data = new ConcurrentHashMap<>();
                }
            }
        }
        return data;
    }

    void join(String group) {
        groups.join(group);
    }

    void leave(String group) {
        groups.leave(group);
    }

    @Override
    public void joined(String group) {
        groups.joined(group);
    }

    @Override
    public void left(String group) {
        groups.left(group);
    }

    Set<String> groups() {
        return groups.current();
    }

    private SessionSubscriptions subscriptions(boolean create) {
        SessionSubscriptions active = subscriptions;
        if (active == null && create) {
            synchronized (this) {
                active = subscriptions;
                if (active == null) {
                    subscriptions = active = new SessionSubscriptions(push.maxSubscriptions());
                }
            }
        }
        return active;
    }

    @Override
    public String subscribe(String method, Multi<?> stream) {
        String id = subscriptions(true).add(method, stream, this, push).id();
        if (closed) {
            unsubscribe(id);
        }
        return id;
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        SessionSubscriptions active = subscriptions(false);
        return active != null && active.cancel(subscriptionId);
    }

    /** Starts the subscriptions whose id went out in a response; their items must not overtake it. */
    public void startSubscriptions(List<String> ids) {
        SessionSubscriptions active = subscriptions(false);
        if (active != null) {
            active.start(ids);
        }
    }

    public int subscriptionCount() {
        SessionSubscriptions active = subscriptions(false);
        return active == null ? 0 : active.count();
    }

    /** Sends one text frame when subscribed to; the item comes once it is written. */
    public Uni<Void> send(byte[] message) {
        return outbound.send(message);
    }

    /** Hands one text frame to the connection when subscribed to; the item comes once it is queued. */
    public Uni<Void> queue(byte[] message) {
        return outbound.queue(message);
    }

    /** Sends the answer to a message now (see {@link Outbound#answer}). */
    public void answer(byte[] message) {
        outbound.answer(message);
    }

    @Override
    public boolean startCall() {
        if (CALLS_IN_FLIGHT.incrementAndGet(this) > push.maxCallsInFlight()) {
            CALLS_IN_FLIGHT.decrementAndGet(this);
            return false;
        }
        return true;
    }

    @Override
    public void endCall() {
        CALLS_IN_FLIGHT.decrementAndGet(this);
    }

    /** A message being handled: cancelled, with the calls it runs, if the connection closes first. */
    void track(MessageInProgress message) {
        synchronized (this) {
            if (!closed) {
                message.tracked = true;
                message.next = inProgress;
                if (inProgress != null) {
                    inProgress.previous = message;
                }
                inProgress = message;
                return;
            }
        }
        message.cancel();
    }

    void untrack(MessageInProgress message) {
        synchronized (this) {
            if (!message.tracked) {
                return;
            }
            message.tracked = false;
            if (message.previous == null) {
                inProgress = message.next;
            } else {
                message.previous.next = message.next;
            }
            if (message.next != null) {
                message.next.previous = message.previous;
            }
            message.previous = message.next = null;
        }
    }

    /** Leaves every group, cancels every subscription and every call still running; the connection is gone. */
    public void close() {
        MessageInProgress running;
        synchronized (this) {
            closed = true;
            running = inProgress;
            inProgress = null;
            // untracked from now on: the cancellations below walk the links, which nothing else changes any more
            for (MessageInProgress message = running; message != null; message = message.next) {
                message.tracked = false;
            }
        }
        Context current = Vertx.currentContext();
        if (current == null) {
            end(running);
            return;
        }
        // On a duplicated context of its own: cancelling runs the streams' callbacks, which context propagation
        // wraps, and Quarkus's OpenTelemetry propagation leaves the call's span current where none was before (it
        // restores only a recording span). On the connection's context, websockets-next's CLOSE span would take it as
        // its parent.
        ((ContextInternal) VertxContext.createNewDuplicatedContext(current)).dispatch(() -> end(running));
    }

    private void end(MessageInProgress running) {
        for (MessageInProgress message = running; message != null; message = message.next) {
            message.cancel();
        }
        groups.leaveAll();
        SessionSubscriptions active = subscriptions(false);
        if (active != null) {
            active.cancelAll();
        }
    }
}
