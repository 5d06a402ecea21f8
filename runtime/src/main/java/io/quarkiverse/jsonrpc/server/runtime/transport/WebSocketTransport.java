package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.JsonRpcServer;
import io.quarkiverse.jsonrpc.server.runtime.engine.Reply;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkiverse.jsonrpc.server.runtime.push.WebSocketSession;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * JSON-RPC over a websockets-next endpoint: one text frame in, the engine's reply out in one text frame. The build
 * generates a subclass annotated {@code @WebSocket} with the configured path and concurrent inbound processing, so a
 * slow call never holds back the answer to a later one.
 */
public abstract class WebSocketTransport {

    private static final Logger LOG = Logger.getLogger(WebSocketTransport.class);
    /** The websockets-next endpoint id of the generated endpoint. */
    public static final String ENDPOINT_ID = "io.quarkiverse.jsonrpc-server";

    private static final int POLICY_VIOLATION = 1008;
    private static final TypedKey<WebSocketSession> SESSION = new TypedKey<>("io.quarkiverse.jsonrpc.server.session");

    private final JsonRpcServer server;
    private final Instance<CurrentIdentityAssociation> identityAssociation;

    protected WebSocketTransport(JsonRpcServer server, Instance<CurrentIdentityAssociation> identityAssociation) {
        this.server = server;
        this.identityAssociation = identityAssociation;
    }

    // On the event loop, which dispatches the connection's messages: a callback run on a worker could let the first
    // message arrive before its session exists. The open hooks it starts run where their own signature says.
    @OnOpen
    @NonBlocking
    Uni<Void> open(WebSocketConnection connection) {
        WebSocketSession session = new WebSocketSession(connection, currentIdentity(), server.push());
        connection.userData().put(SESSION, session);
        server.push().registry().opened(session);
        return server.hooks().opened(session).onFailure().recoverWithUni(failure -> {
            LOG.debugf("An @OnJsonRpcOpen method rejected connection %s: %s", connection.id(), failure);
            String reason = failure instanceof JsonRpcException ? failure.getMessage() : "Connection rejected";
            return connection.close(new CloseReason(POLICY_VIOLATION, reason));
        });
    }

    @OnClose
    @NonBlocking
    Uni<Void> close(WebSocketConnection connection) {
        WebSocketSession session = connection.userData().get(SESSION);
        if (session == null) {
            return Uni.createFrom().voidItem();
        }
        server.push().registry().closed(session);
        return server.hooks().closed(session);
    }

    // On the event loop: parsing and dispatch never block, and each method's call moves to the thread its execution
    // model asks for. Nothing is returned to websockets-next: the answer goes out when the call completes.
    @OnTextMessage
    @NonBlocking
    void message(WebSocketConnection connection, String message) {
        WebSocketSession session = connection.userData().get(SESSION);
        server.engine().handle(message.getBytes(StandardCharsets.UTF_8), session)
                .subscribe().withSubscriber(new MessageHandling(session));
    }

    /**
     * One message from the engine to the answer sent. A subscriber rather than a chain of Mutiny operators, whose
     * callbacks would each capture and restore the thread contexts (see {@link UndecoratedUni}).
     */
    private static final class MessageHandling implements UniSubscriber<Reply> {

        private final WebSocketSession session;
        /** Tracked so that a connection closing mid-call cancels the call: its result would have nowhere to go. */
        private volatile UniSubscription handling;

        MessageHandling(WebSocketSession session) {
            this.session = session;
        }

        @Override
        public void onSubscribe(UniSubscription subscription) {
            handling = subscription;
            session.track(subscription);
        }

        @Override
        public void onItem(Reply reply) {
            if (reply == null) {
                answered();
                return;
            }
            session.send(reply.bytes()).subscribe().withSubscriber(new UniSubscriber<Void>() {
                @Override
                public void onSubscribe(UniSubscription subscription) {
                }

                @Override
                public void onItem(Void sent) {
                    answered();
                }

                @Override
                public void onFailure(Throwable failure) {
                    MessageHandling.this.onFailure(failure);
                }
            });
        }

        /** Subscriptions whose id went out in the answer start now: their items must not overtake it. */
        private void answered() {
            session.untrack(handling);
            session.startSubscriptions();
        }

        @Override
        public void onFailure(Throwable failure) {
            session.untrack(handling);
            // the connection may have closed while the call ran: nobody is left to answer
            LOG.debugf("Could not send a JSON-RPC response on connection %s: %s", session.connectionId(), failure);
        }
    }

    private SecurityIdentity currentIdentity() {
        if (identityAssociation.isResolvable()) {
            SecurityIdentity identity = identityAssociation.get().getIdentity();
            if (identity != null) {
                return identity;
            }
        }
        return AnonymousIdentity.INSTANCE;
    }
}
