package io.quarkiverse.jsonrpc.server.runtime.push;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One JSON-RPC WebSocket connection: what the engine sees of it, its groups and its subscriptions. It lives as long
 * as the connection.
 */
public final class WebSocketSession implements TransportSession {

    private static final Logger LOG = Logger.getLogger(WebSocketSession.class);

    private final WebSocketConnection connection;
    private final SecurityIdentity identity;
    private final PushSupport push;
    private final Map<String, Object> userData = new ConcurrentHashMap<>();
    private final Set<String> groups = ConcurrentHashMap.newKeySet();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicLong subscriptionIds = new AtomicLong();
    private final AtomicInteger callsInFlight = new AtomicInteger();
    private final AtomicInteger pendingMessages = new AtomicInteger();
    private final Set<Flow.Subscription> messages = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public WebSocketSession(WebSocketConnection connection, SecurityIdentity identity, PushSupport push) {
        this.connection = connection;
        this.identity = identity;
        this.push = push;
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
    public WebSocketConnection connection() {
        return connection;
    }

    @Override
    public String connectionId() {
        return connection.id();
    }

    @Override
    public SecurityIdentity identity() {
        return identity;
    }

    @Override
    public Map<String, Object> userData() {
        return userData;
    }

    @Override
    public void join(String group) {
        if (groups.add(group)) {
            push.registry().join(group, this);
        }
        // closed meanwhile: the close already emptied the groups, this membership must not outlive it
        if (closed) {
            leave(group);
        }
    }

    @Override
    public void leave(String group) {
        if (groups.remove(group)) {
            push.registry().leave(group, this);
        }
    }

    @Override
    public Set<String> groups() {
        return Set.copyOf(groups);
    }

    @Override
    public Uni<Void> notify(String method, Object params) {
        return Uni.createFrom().item(() -> push.writer().notification(method, params)).chain(this::send);
    }

    @Override
    public String subscribe(Multi<?> stream) {
        String id = Long.toString(subscriptionIds.incrementAndGet());
        Subscription subscription = new Subscription(id, stream, this, push);
        subscriptions.put(id, subscription);
        if (closed) {
            unsubscribe(id);
        }
        return id;
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        Subscription subscription = subscriptions.remove(subscriptionId);
        if (subscription == null) {
            return false;
        }
        subscription.cancel();
        return true;
    }

    /** Starts the subscriptions whose id went out in a response; their items must not overtake it. */
    public void startSubscriptions() {
        for (Subscription subscription : subscriptions.values()) {
            subscription.start();
        }
    }

    void ended(Subscription subscription) {
        subscriptions.remove(subscription.id(), subscription);
    }

    int subscriptionCount() {
        return subscriptions.size();
    }

    /** Sends one text frame. */
    public Uni<Void> send(byte[] message) {
        if (pendingMessages.incrementAndGet() > push.maxPendingMessages()) {
            pendingMessages.decrementAndGet();
            LOG.debugf("Connection %s leaves more than %d messages unread: closed", connectionId(),
                    push.maxPendingMessages());
            return connection.close(new CloseReason(1008, "Too many unread messages: the client does not read"))
                    .onItem().failWith(() -> new IllegalStateException("Connection closed: too many unread messages"));
        }
        return UndecoratedUni.onTermination(connection.sendText(new String(message, StandardCharsets.UTF_8)),
                pendingMessages::decrementAndGet);
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
        for (String group : Set.copyOf(groups)) {
            leave(group);
        }
        for (String id : Set.copyOf(subscriptions.keySet())) {
            unsubscribe(id);
        }
    }
}
