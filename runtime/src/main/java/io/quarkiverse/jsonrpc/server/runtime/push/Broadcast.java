package io.quarkiverse.jsonrpc.server.runtime.push;

import io.smallrye.mutiny.Uni;

/**
 * Carries deliveries to the other instances of the application. Local delivery never depends on it: when it fails,
 * the connections of this instance still get their notifications. Not an extension point:
 * {@code quarkus.jsonrpc-server.broadcast} chooses between none and Redis.
 */
interface Broadcast {

    /** Hands the delivery to the other instances; completes even when that failed (the failure is logged). */
    Uni<Void> publish(Delivery delivery);

    /** Whether deliveries reach the other instances now. */
    boolean isUp();

    /** A single instance: nothing to carry. */
    Broadcast NONE = new Broadcast() {
        @Override
        public Uni<Void> publish(Delivery delivery) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public boolean isUp() {
            return true;
        }
    };
}
