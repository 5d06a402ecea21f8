package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.Reply;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkiverse.jsonrpc.server.runtime.invocation.LifecycleHooks;
import io.quarkiverse.jsonrpc.server.runtime.security.CallerIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.impl.ContextInternal;

/**
 * JSON-RPC over a websockets-next endpoint: one text frame in, the engine's reply out in one text frame. The build
 * generates a subclass annotated {@code @WebSocket} with the configured path, and one with the path of each
 * {@code @JsonRpcEndpoint}, with concurrent inbound processing, so a slow call never holds back the answer to a later
 * one (unless {@code quarkus.jsonrpc-server.websocket.in-order} asks for the calls one after the other).
 * <p>
 * websockets-next opens and closes connections, checks upgrades and keeps connections alive; the messages are read
 * from its Vert.x WebSocket directly where that can be reached (see {@link VertxWebSocketAccess}), and otherwise
 * arrive through {@link #message}.
 */
public abstract class WebSocketTransport {

    private static final Logger LOG = Logger.getLogger(WebSocketTransport.class);

    private static final int POLICY_VIOLATION = 1008;
    private static final int MESSAGE_TOO_BIG = 1009;

    private final ServerAssembly server;
    /** That of this endpoint's methods. */
    private final JsonRpcEngine engine;
    /** Those of this endpoint's connections. */
    private final LifecycleHooks hooks;
    private final boolean readDirectly;
    private final boolean inOrder;
    private final WebSocketLimits limits;
    /** {@code null} where traffic logging is off. */
    private final TrafficLog traffic;

    /** @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path */
    protected WebSocketTransport(ServerAssembly server, String endpoint, JsonRpcServerConfig config) {
        this.server = server;
        this.engine = server.engine(endpoint);
        this.hooks = server.hooks(endpoint);
        this.readDirectly = config.websocket().readDirectly();
        this.inOrder = config.websocket().inOrder();
        this.limits = WebSocketLimits.of(ConfigProvider.getConfig());
        this.traffic = TrafficLog.of(config);
    }

    // On the event loop, which dispatches the connection's messages: a callback run on a worker could let the first
    // message arrive before its session exists. The open hooks it starts run where their own signature says.
    @OnOpen
    @NonBlocking
    Uni<Void> open(WebSocketConnection connection) {
        UpgradeRequestCompletion.opened(connection);
        WebSocketBase socket = readDirectly ? VertxWebSocketAccess.of(connection) : null;
        WebSocketSession session = new WebSocketSession(connection, socket, limits.maxFrameSize(),
                CallerIdentity.ofConnection(connection), server.push(), traffic);
        // before it is listed: a notification to everyone, sent from another thread, finds it as soon as it is, and
        // reaches it only once its hooks have let it in
        MessagesBeforeOpen beforeOpen = hooks.hasOpenHooks() ? new MessagesBeforeOpen(PendingLimit.of(server.push()))
                : null;
        session.holdUntilOpen(beforeOpen);
        if (!server.push().registry().opened(session)) {
            // the application closed its connections as it stops before this one opened: it goes the same way, before
            // anything of it runs (no open hooks, so no close hooks)
            ConnectionsAtStop.goingAway(session);
            return Uni.createFrom().voidItem();
        }
        if (server.sessionScoped()) {
            SessionScope scope = SessionScope.open();
            if (server.connectionInjected()) {
                scope.holdConnection();
            }
            session.sessionScope(scope);
        }
        if (inOrder) {
            session.serveInOrder(new MessagesInOrder(PendingLimit.of(server.push())));
        }
        if (socket != null) {
            readDirectly(socket, session);
        }
        if (beforeOpen == null) {
            return Uni.createFrom().voidItem();
        }
        // the held messages are served on the connection's event loop, before any it reads later
        Context eventLoop = Vertx.currentContext();
        return hooks.opened(session)
                .onTermination().invoke(beforeOpen::hooksRan)
                .invoke(() -> eventLoop.runOnContext(ignored -> admit(session, beforeOpen)))
                .onFailure().recoverWithUni(failure -> {
                    // the hooks logged why
                    beforeOpen.turnAway();
                    String reason = failure instanceof JsonRpcException ? failure.getMessage() : "Connection rejected";
                    return connection.close(CloseReasons.of(POLICY_VIOLATION, reason));
                });
    }

    private void admit(WebSocketSession session, MessagesBeforeOpen beforeOpen) {
        List<byte[]> held = beforeOpen.admit();
        if (held == null) {
            // closing for what it sent before: the messages it still sends go on being dropped
            return;
        }
        session.opened();
        for (byte[] message : held) {
            received(session, message);
        }
    }

    /**
     * Whether a message read while the open hooks may still run waits for them (see {@link MessagesBeforeOpen}), or
     * is dropped; {@code false} to serve it now.
     */
    private static boolean notYet(WebSocketSession session, byte[] message) {
        MessagesBeforeOpen beforeOpen = session.beforeOpen();
        if (beforeOpen == null) {
            return false;
        }
        return switch (beforeOpen.hold(message)) {
            case SERVE -> false;
            case HELD, DROPPED -> true;
            case TOO_MANY -> {
                close(session, POLICY_VIOLATION, "Too many messages before the connection was opened");
                yield true;
            }
        };
    }

    /**
     * A connection that fails under the server (the client reset it, its network went away) is the client's end, not
     * an error of the application: websockets-next would log it at ERROR and try to close what is gone. Vert.x closes
     * it, and {@link #close} follows.
     */
    @OnError
    @NonBlocking
    void failed(WebSocketConnection connection, IOException failure) {
        LOG.debugf("Connection %s failed: %s", connection.id(), failure);
    }

    @OnClose
    @NonBlocking
    Uni<Void> close(WebSocketConnection connection) {
        WebSocketSession session = session(connection);
        return session == null ? Uni.createFrom().voidItem() : ended(server, session);
    }

    /**
     * The session is over: it leaves the registry, and its close hooks run, once, for whichever ends it first, the
     * connection closing or the application stopping (see {@link ConnectionsAtStop}), after its open hooks where
     * those still run; then its session-scoped beans are destroyed.
     */
    static Uni<Void> ended(ServerAssembly server, WebSocketSession session) {
        if (!server.push().registry().closed(session)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> hooks = server.hooks(session.endpoint()).closed(session);
        MessagesBeforeOpen beforeOpen = session.beforeOpen();
        Uni<Void> afterOpen = beforeOpen == null ? null : beforeOpen.closeHooksAfterOpen(hooks, Vertx.currentContext());
        if (afterOpen != null) {
            LOG.debugf("Connection %s closed while its open hooks run: its close hooks run once they have",
                    session.connectionId());
            hooks = afterOpen;
        }
        SessionScope scope = session.sessionScope();
        return scope == null ? hooks : hooks.onTermination().invoke(scope::end);
    }

    // On the event loop: parsing and dispatch never block, and each method's call moves to the thread its execution
    // model asks for. Nothing is returned to websockets-next: the answer goes out when the call completes. Serves the
    // messages that arrive before the connection's Vert.x WebSocket is read directly, or all when it cannot be.
    @OnTextMessage
    @NonBlocking
    void message(WebSocketConnection connection, String message) {
        WebSocketSession session = session(connection);
        if (session == null) {
            // closed as the application stops, before it opened or since
            return;
        }
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (traffic != null) {
            traffic.received(connection, bytes);
        }
        if (!notYet(session, bytes)) {
            handle(session, bytes);
        }
    }

    /**
     * Replaces websockets-next's handlers, which would dispatch each message to {@link #message} as a task of its own,
     * with one taking the messages from their frames as bytes. Binary messages are dropped and pings are answered by
     * Vert.x, as before: the endpoint has no method for either.
     */
    private void readDirectly(WebSocketBase socket, WebSocketSession session) {
        InboundMessages messages = new InboundMessages(limits.maxMessageSize()) {
            @Override
            protected void message(byte[] message) {
                if (traffic != null) {
                    traffic.received(session.connection(), message);
                }
                received(session, message);
            }

            @Override
            protected void tooBig(String reason) {
                WebSocketTransport.tooBig(session, reason);
            }
        };
        socket.textMessageHandler(null).binaryMessageHandler(null).frameHandler(messages);
    }

    /** Closes the connection of a message over the size, with RFC 6455's code for it (1009, section 7.4.1). */
    private static void tooBig(WebSocketSession session, String reason) {
        close(session, MESSAGE_TOO_BIG, reason);
    }

    private static void close(WebSocketSession session, int code, String reason) {
        session.closing();
        LOG.debugf("Connection %s closed: %s", session.connectionId(), reason);
        session.connection().close(CloseReasons.of(code, reason)).subscribe().with(closed -> {
        }, failure -> LOG.debugf("Could not close connection %s: %s", session.connectionId(), failure));
    }

    /**
     * A message read from the Vert.x WebSocket, on the event loop, inside Netty's read. It is handled right here on a
     * duplicated context of its own, marked safe, as websockets-next and Quarkus REST give every callback and request.
     */
    private void received(WebSocketSession session, byte[] message) {
        if (notYet(session, message)) {
            return;
        }
        ContextInternal context = (ContextInternal) VertxContext.createNewDuplicatedContext(Vertx.currentContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.dispatch(message, bytes -> handle(session, bytes));
    }

    private void handle(WebSocketSession session, byte[] message) {
        if (session.isClosing()) {
            // what the client sends before it answers the close starts no call: see WebSocketSession#closing
            return;
        }
        MessagesInOrder inOrder = session.inOrder();
        if (inOrder == null) {
            serve(session, message, null);
            return;
        }
        switch (inOrder.offer(message)) {
            case SERVE -> serve(session, message, inOrder);
            case HELD -> LOG.debugf("Connection %s: a message waits for the one before it to be answered",
                    session.connectionId());
            case TOO_MANY -> close(session, POLICY_VIOLATION, "Too many messages ahead of their turn");
            case DROPPED -> {
                // the connection is closing for the one over the bound
            }
        }
    }

    /** @param inOrder where the next message waits, to serve once this one is answered; {@code null} for none */
    private void serve(WebSocketSession session, byte[] message, MessagesInOrder inOrder) {
        Runnable answered = inOrder == null ? null : serveNext(session, inOrder, Vertx.currentContext());
        MessageHandling handling = new MessageHandling(session, answered);
        engine.handle(message, session).subscribe().withSubscriber(handling);
        handling.subscribed();
    }

    /**
     * What serves the message waiting next, once the one being served is answered: on the connection's event loop, as
     * a message read there, after what answered this one (a worker thread, say) has returned.
     */
    private Runnable serveNext(WebSocketSession session, MessagesInOrder inOrder, Context eventLoop) {
        return () -> {
            byte[] next = inOrder.answered();
            if (next != null) {
                eventLoop.runOnContext(ignored -> {
                    ContextInternal context = (ContextInternal) VertxContext.createNewDuplicatedContext(eventLoop);
                    VertxContextSafetyToggle.setContextSafe(context, true);
                    context.dispatch(next, bytes -> {
                        if (!session.isClosing()) {
                            serve(session, bytes, inOrder);
                        }
                    });
                });
            }
        };
    }

    /** The session of a connection: the registry holds this transport's sessions. */
    private WebSocketSession session(WebSocketConnection connection) {
        return (WebSocketSession) server.push().registry().connection(connection.id());
    }

    /**
     * One message from the engine to the answer sent. A subscriber rather than a chain of Mutiny operators, whose
     * callbacks would each capture and restore the thread contexts (see {@link UndecoratedUni}).
     * <p>
     * A call still running when the engine returns is tracked by the session, so that a connection closing mid-call
     * cancels it: its result would have nowhere to go. A call answered at once, the common case on the event loop,
     * is never tracked.
     */
    private static final class MessageHandling extends MessageInProgress implements UniSubscriber<Reply> {

        private static final int RUNNING = 0;
        private static final int TRACKED = 1;
        private static final int DONE = 2;
        private static final AtomicIntegerFieldUpdater<MessageHandling> STATE = AtomicIntegerFieldUpdater
                .newUpdater(MessageHandling.class, "state");

        private final WebSocketSession session;
        /** Serves the next message, where they are served in order; {@code null} otherwise. */
        private final Runnable answered;
        private volatile int state = RUNNING;
        private volatile UniSubscription handling;

        MessageHandling(WebSocketSession session, Runnable answered) {
            this.session = session;
            this.answered = answered;
        }

        @Override
        public void onSubscribe(UniSubscription subscription) {
            handling = subscription;
        }

        /** The engine has returned: a call not answered yet is tracked until it is. */
        void subscribed() {
            if (state == DONE) {
                return;
            }
            session.track(this);
            if (!STATE.compareAndSet(this, RUNNING, TRACKED)) {
                // answered meanwhile, before it was tracked
                session.untrack(this);
            }
        }

        @Override
        void cancel() {
            handling.cancel();
        }

        @Override
        public void onItem(Reply reply) {
            done();
            if (reply != null) {
                session.answer(reply.bytes());
                // subscriptions whose id went out in the answer start now: their items are written after it
                session.startSubscriptions(reply.subscriptions());
            }
            if (answered != null) {
                answered.run();
            }
        }

        @Override
        public void onFailure(Throwable failure) {
            done();
            // the engine answers every message, failures included: one it could not answer is its bug, as over HTTP
            LOG.errorf(failure, "Could not answer a JSON-RPC message on connection %s", session.connectionId());
            if (answered != null) {
                answered.run();
            }
        }

        private void done() {
            if (STATE.getAndSet(this, DONE) == TRACKED) {
                session.untrack(this);
            }
        }
    }
}
