package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.JsonRpcServer;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * JSON-RPC over a websockets-next endpoint: one text frame in, the engine's reply out in one text frame. The build
 * generates a subclass annotated {@code @WebSocket} with the configured path and concurrent inbound processing, so a
 * slow call never holds back the answer to a later one.
 */
public abstract class WebSocketTransport {

    private static final Logger LOG = Logger.getLogger(WebSocketTransport.class);
    private static final TypedKey<WebSocketSession> SESSION = new TypedKey<>("io.quarkiverse.jsonrpc.server.session");

    private final JsonRpcServer server;
    private final Instance<CurrentIdentityAssociation> identityAssociation;

    protected WebSocketTransport(JsonRpcServer server, Instance<CurrentIdentityAssociation> identityAssociation) {
        this.server = server;
        this.identityAssociation = identityAssociation;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        connection.userData().put(SESSION, new WebSocketSession(connection, currentIdentity()));
    }

    @OnTextMessage
    Uni<Void> message(WebSocketConnection connection, Buffer message) {
        return server.engine().handle(message.getBytes(), connection.userData().get(SESSION))
                .chain(reply -> reply == null ? Uni.createFrom().voidItem()
                        : connection.sendText(new String(reply.bytes(), StandardCharsets.UTF_8)))
                .onFailure().recoverWithUni(failure -> {
                    // the connection may have closed while the call ran: nobody is left to answer
                    LOG.debugf("Could not send a JSON-RPC response on connection %s: %s", connection.id(), failure);
                    return Uni.createFrom().voidItem();
                });
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
