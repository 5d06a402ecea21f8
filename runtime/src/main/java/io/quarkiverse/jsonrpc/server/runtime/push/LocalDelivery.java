package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/** Writes a delivery to the matching connections of this instance. */
final class LocalDelivery {

    private static final Logger LOG = Logger.getLogger(LocalDelivery.class);

    private final ConnectionRegistry registry;

    LocalDelivery(ConnectionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Completes, for a connection by its id, once the notification is written to it; for a group, everyone or an
     * endpoint, once every matching connection has taken it (queued it, or refused it closing), so that a member that
     * does not read holds up none of the callers. A closed connection is skipped.
     */
    Uni<Void> deliver(Delivery delivery) {
        Collection<PushConnection> connections = switch (delivery.target()) {
            case CONNECTION -> {
                PushConnection connection = registry.connection(delivery.name());
                yield connection == null ? List.of() : List.of(connection);
            }
            case GROUP -> registry.members(delivery.name());
            case ALL -> registry.connections();
            case ENDPOINT -> registry.connections().stream().filter(connection -> delivery.name()
                    .equals(Objects.requireNonNullElse(connection.endpoint(), ""))).toList();
        };
        if (connections.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = new ArrayList<>(connections.size());
        for (PushConnection connection : connections) {
            if (delivery.target() != Delivery.Target.CONNECTION && !connection.admitted()) {
                continue;
            }
            Uni<Void> send = delivery.target() == Delivery.Target.CONNECTION ? connection.send(delivery.message())
                    : connection.queue(delivery.message());
            sends.add(send.onFailure().recoverWithUni(failure -> {
                LOG.debugf("Notification not delivered to connection %s: %s", connection.connectionId(), failure);
                return Uni.createFrom().voidItem();
            }));
        }
        if (sends.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(sends).andCollectFailures().replaceWithVoid();
    }

    /** Whether this instance holds the connection: then nobody else needs to be asked. */
    boolean holds(String connectionId) {
        return registry.connection(connectionId) != null;
    }
}
