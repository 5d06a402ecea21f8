package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.transport.WebSocketSession;
import io.smallrye.mutiny.Uni;

/** Writes a delivery to the matching connections of this instance. */
public final class LocalDelivery {

    private static final Logger LOG = Logger.getLogger(LocalDelivery.class);

    private final ConnectionRegistry registry;

    public LocalDelivery(ConnectionRegistry registry) {
        this.registry = registry;
    }

    /** Completes when every matching connection has been written to; a closed connection is skipped. */
    public Uni<Void> deliver(Delivery delivery) {
        Collection<WebSocketSession> sessions = switch (delivery.target()) {
            case CONNECTION -> {
                WebSocketSession session = registry.session(delivery.name());
                yield session == null ? List.of() : List.of(session);
            }
            case GROUP -> registry.members(delivery.name());
            case ALL -> registry.sessions();
        };
        if (sessions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = new ArrayList<>(sessions.size());
        for (WebSocketSession session : sessions) {
            sends.add(session.send(delivery.message()).onFailure().recoverWithUni(failure -> {
                LOG.debugf("Notification not delivered to connection %s: %s", session.connectionId(), failure);
                return Uni.createFrom().voidItem();
            }));
        }
        return Uni.join().all(sends).andCollectFailures().replaceWithVoid();
    }

    /** Whether this instance holds the connection: then nobody else needs to be asked. */
    public boolean holds(String connectionId) {
        return registry.session(connectionId) != null;
    }
}
