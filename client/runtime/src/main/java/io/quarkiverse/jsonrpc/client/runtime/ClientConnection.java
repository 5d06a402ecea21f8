package io.quarkiverse.jsonrpc.client.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;

/**
 * A client's way to its server: the transport, the request ids, and who waits for what the server sends (the
 * subscriptions, the notification streams, the receiving beans). The interfaces of one config key that call one URL
 * share it, as one client: a bean receiving the client's notifications hears those the server sends in answer to a
 * call of any of them, and the server sees one connection.
 */
final class ClientConnection {

    private final AtomicLong ids = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Subscriptions subscriptions;
    private final NotificationRouter router;
    private final ClientTransport transport;

    ClientConnection(ClientSettings settings, ObjectMapper mapper,
            Function<ConnectionListener, ClientTransport> transports) {
        this.subscriptions = new Subscriptions(settings, mapper.readerFor(JsonNode.class));
        this.router = new NotificationRouter(settings, subscriptions);
        this.transport = transports.apply(router);
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    NotificationRouter router() {
        return router;
    }

    ClientTransport transport() {
        return transport;
    }

    /** Once, whichever of the interfaces sharing it closes first. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            router.close();
            subscriptions.closeAll();
            transport.close();
        }
    }
}
