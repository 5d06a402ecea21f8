package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * One JSON-RPC WebSocket connection: what the engine sees of it, its groups and its subscriptions. It lives as long
 * as the connection.
 */
public final class WebSocketSession implements TransportSession, PushConnection {

    private static final Logger LOG = Logger.getLogger(WebSocketSession.class);

    private final WebSocketConnection connection;
    /** The Vert.x WebSocket under the connection, written directly; {@code null} to write through websockets-next. */
    private final WebSocketBase socket;
    private final SecurityIdentity identity;
    private final PushSupport push;
    // made on first use: most connections never use them, and a server holds many connections
    private volatile Map<String, Object> userData;
    private volatile Set<String> groups;
    private volatile Map<String, Subscription> subscriptions;
    private final AtomicLong subscriptionIds = new AtomicLong();
    private final AtomicInteger callsInFlight = new AtomicInteger();
    private final AtomicInteger pendingMessages = new AtomicInteger();
    private final Set<Flow.Subscription> messages = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** A message up to this size goes out as one frame, as Vert.x would send it; a longer one in several. */
    private final int maxFrameSize;

    /**
     * @param socket the Vert.x WebSocket to write to directly; {@code null} to write through websockets-next
     * @param maxFrameSize the largest frame the server sends, as configured for websockets-next
     */
    public WebSocketSession(WebSocketConnection connection, WebSocketBase socket, int maxFrameSize,
            SecurityIdentity identity, PushSupport push) {
        this.connection = connection;
        this.socket = socket;
        this.maxFrameSize = maxFrameSize;
        this.identity = identity;
        this.push = push;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.WEBSOCKET;
    }

    /** The websockets-next connection. */
    public WebSocketConnection connection() {
        return connection;
    }

    @Override
    public String connectionId() {
        return connection.id();
    }

    @Override
    public CallContext context(CallInfo call) {
        return new ConnectionCallContext(call);
    }

    private Map<String, Object> userData() {
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

    private void join(String group) {
        if (groups(true).add(group)) {
            push.registry().join(group, this);
        }
        // closed meanwhile: the close already emptied the groups, this membership must not outlive it
        if (closed) {
            leave(group);
        }
    }

    private void leave(String group) {
        Set<String> joined = groups(false);
        if (joined != null && joined.remove(group)) {
            push.registry().leave(group, this);
        }
    }

    private Set<String> groups() {
        Set<String> joined = groups(false);
        return joined == null ? Set.of() : Set.copyOf(joined);
    }

    private Set<String> groups(boolean create) {
        Set<String> joined = groups;
        if (joined == null && create) {
            synchronized (this) {
                joined = groups;
                if (joined == null) {
                    groups = joined = ConcurrentHashMap.newKeySet();
                }
            }
        }
        return joined;
    }

    private Map<String, Subscription> subscriptions(boolean create) {
        Map<String, Subscription> active = subscriptions;
        if (active == null && create) {
            synchronized (this) {
                active = subscriptions;
                if (active == null) {
                    subscriptions = active = new ConcurrentHashMap<>();
                }
            }
        }
        return active;
    }

    @Override
    public String subscribe(Multi<?> stream) {
        String id = Long.toString(subscriptionIds.incrementAndGet());
        Subscription subscription = new Subscription(id, stream, this, push);
        subscriptions(true).put(id, subscription);
        if (closed) {
            unsubscribe(id);
        }
        return id;
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        Map<String, Subscription> active = subscriptions(false);
        Subscription subscription = active == null ? null : active.remove(subscriptionId);
        if (subscription == null) {
            return false;
        }
        subscription.cancel();
        return true;
    }

    /** Starts the subscriptions whose id went out in a response; their items must not overtake it. */
    public void startSubscriptions() {
        Map<String, Subscription> active = subscriptions(false);
        if (active == null || active.isEmpty()) {
            return;
        }
        for (Subscription subscription : active.values()) {
            subscription.start();
        }
    }

    void ended(Subscription subscription) {
        Map<String, Subscription> active = subscriptions(false);
        if (active != null) {
            active.remove(subscription.id(), subscription);
        }
    }

    public int subscriptionCount() {
        Map<String, Subscription> active = subscriptions(false);
        return active == null ? 0 : active.size();
    }

    /** Sends one text frame when subscribed to; the item comes once it is written. */
    public Uni<Void> send(byte[] message) {
        if (socket == null) {
            return Uni.createFrom().deferred(() -> {
                if (!reservePending()) {
                    return closeUnread();
                }
                return UndecoratedUni.onTermination(connection.sendText(new String(message, StandardCharsets.UTF_8)),
                        pendingMessages::decrementAndGet);
            });
        }
        return new DirectSend(message);
    }

    /**
     * Sends the answer to a message now. On the event loop, inside Netty's read, it leaves with the other answers
     * of that read in one flush; from a worker thread, Vert.x queues it in order behind what is already queued.
     */
    public void answer(byte[] message) {
        if (socket == null) {
            send(message).subscribe().with(sent -> {
            }, failure -> LOG.debugf("Could not send a JSON-RPC response on connection %s: %s", connectionId(),
                    failure));
            return;
        }
        if (!reservePending()) {
            closeUnread().subscribe().with(closed -> {
            }, failure -> {
            });
            return;
        }
        writeText(message).onComplete(this::written);
    }

    /**
     * The engine's bytes as a text frame, as they are: {@code writeTextMessage} takes a {@code String}, which would
     * be decoded from these bytes only to be encoded back. A message longer than a frame goes through it, to be
     * split as Vert.x splits it.
     */
    private Future<Void> writeText(byte[] message) {
        if (message.length <= maxFrameSize) {
            return socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, message, true));
        }
        return socket.writeTextMessage(new String(message, StandardCharsets.UTF_8));
    }

    private void written(AsyncResult<Void> result) {
        pendingMessages.decrementAndGet();
        if (result.failed()) {
            LOG.debugf("Could not send a JSON-RPC message on connection %s: %s", connectionId(), result.cause());
        }
    }

    /** A message counted against the unread limit; {@code false} when the client has left too many unread. */
    private boolean reservePending() {
        if (pendingMessages.incrementAndGet() > push.maxPendingMessages()) {
            pendingMessages.decrementAndGet();
            return false;
        }
        return true;
    }

    private Uni<Void> closeUnread() {
        LOG.debugf("Connection %s leaves more than %d messages unread: closed", connectionId(),
                push.maxPendingMessages());
        return connection.close(new CloseReason(1008, "Too many unread messages: the client does not read"))
                .onItem().failWith(() -> new IllegalStateException("Connection closed: too many unread messages"));
    }

    /**
     * A message written to the Vert.x WebSocket when subscribed to. The Vert.x future's callback completes the
     * subscriber directly: Mutiny's conversion of a future would capture and restore thread contexts around it (see
     * {@link UndecoratedUni}).
     */
    private final class DirectSend extends AbstractUni<Void> {

        private final byte[] message;

        DirectSend(byte[] message) {
            this.message = message;
        }

        @Override
        public void subscribe(UniSubscriber<? super Void> subscriber) {
            subscriber.onSubscribe(() -> {
            });
            if (!reservePending()) {
                closeUnread().subscribe().with(subscriber::onItem, subscriber::onFailure);
                return;
            }
            writeText(message).onComplete(result -> {
                pendingMessages.decrementAndGet();
                if (result.succeeded()) {
                    subscriber.onItem(null);
                } else {
                    subscriber.onFailure(result.cause());
                }
            });
        }
    }

    @Override
    public boolean startCall() {
        if (callsInFlight.incrementAndGet() > push.maxCallsInFlight()) {
            callsInFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    @Override
    public void endCall() {
        callsInFlight.decrementAndGet();
    }

    /** A message being handled: cancelled, with the calls it runs, if the connection closes first. */
    public void track(Flow.Subscription message) {
        messages.add(message);
        if (closed) {
            message.cancel();
        }
    }

    public void untrack(Flow.Subscription message) {
        if (message != null) {
            messages.remove(message);
        }
    }

    /** Leaves every group, cancels every subscription and every call still running; the connection is gone. */
    public void close() {
        closed = true;
        for (Flow.Subscription message : Set.copyOf(messages)) {
            message.cancel();
        }
        for (String group : groups()) {
            leave(group);
        }
        Map<String, Subscription> active = subscriptions(false);
        for (String id : active == null ? Set.<String> of() : Set.copyOf(active.keySet())) {
            unsubscribe(id);
        }
    }

    /** The context of a call on this connection. */
    private final class ConnectionCallContext extends CallContext {

        ConnectionCallContext(CallInfo call) {
            super(call);
        }

        @Override
        public JsonRpcTransport transport() {
            return JsonRpcTransport.WEBSOCKET;
        }

        @Override
        public String header(String name) {
            return connection.handshakeRequest().header(name);
        }

        @Override
        public Map<String, List<String>> headers() {
            return connection.handshakeRequest().headers();
        }

        @Override
        public Optional<WebSocketConnection> connection() {
            return Optional.of(connection);
        }

        @Override
        public String connectionId() {
            return connection.id();
        }

        @Override
        public void join(String group) {
            WebSocketSession.this.join(group);
        }

        @Override
        public void leave(String group) {
            WebSocketSession.this.leave(group);
        }

        @Override
        public Set<String> groups() {
            return WebSocketSession.this.groups();
        }

        @Override
        public Uni<Void> notify(String method, Object params) {
            return Uni.createFrom().item(() -> push.writer().notification(method, params)).chain(WebSocketSession.this::send);
        }

        @Override
        public SecurityIdentity identity() {
            return identity;
        }

        @Override
        public Map<String, Object> userData() {
            return WebSocketSession.this.userData();
        }
    }
}
