package io.quarkiverse.jsonrpc.server;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/**
 * Sends JSON-RPC notifications ({@code {"jsonrpc":"2.0","method":…,"params":…}}, no id) to WebSocket clients, from
 * any bean: a {@link JsonRpc} method, a REST endpoint, a scheduled job. With
 * {@code quarkus.jsonrpc-server.broadcast=redis}, notifications to a group, to every connection, or to a connection
 * of another instance reach the clients of every instance.
 *
 * <pre>
 * &#64;Inject
 * JsonRpcNotifier notifier;
 *
 * void priceChanged(Price price) {
 *     notifier.group("prices").sendAndAwait("price.changed", price);
 * }
 * </pre>
 */
public interface JsonRpcNotifier {

    /** The connection with this id ({@link JsonRpcContext#connectionId()}), wherever it is connected. */
    Target connection(String connectionId);

    /** Every connection that joined the group. */
    Target group(String group);

    /** Every open JSON-RPC WebSocket connection. */
    Target all();

    /**
     * Every open connection of one endpoint, as websockets-next's {@code WebSocketConnection.broadcast()} reaches
     * those of its own: the path of a {@link JsonRpcEndpoint} as the annotation writes it ({@code "/admin"};
     * {@code "/tenants/{tenant}"} reaches every tenant's), or the configured WebSocket path
     * ({@code quarkus.jsonrpc-server.websocket.path}) for the connections of the methods without one. A path that is
     * no endpoint's fails the {@code Uni} with an {@code IllegalArgumentException} that lists the endpoints.
     */
    Target endpoint(String path);

    /** Where a notification goes. */
    interface Target {

        /**
         * Sends the notification; {@code params} is serialized with the application's ObjectMapper (an array or an
         * object, or {@code null} for none: JSON-RPC 2.0 has no other params, and what is written as a string, number
         * or boolean, as an enum, a {@code UUID} or a date is, fails the {@code Uni} with an
         * {@code IllegalArgumentException}, as does a method that is {@code null}, blank or begins with {@code rpc.},
         * which JSON-RPC 2.0 reserves, and a {@code null} target). To a connection, completes once it is written to it;
         * to a group, every
         * connection or an endpoint, once every local connection has taken it (queued it to be written, or refused it
         * closing), so that a client that does not read holds up no sender; with a broadcast layer, once it is handed
         * to that too. It is no receipt: a connection that is not open here (closed, or of another instance without a
         * broadcast layer) takes nothing, and the {@code Uni} completes all the same. As every {@code Uni}, it sends
         * nothing until it is subscribed to: return it from a method that returns a {@code Uni}, or use
         * {@link #sendAndAwait} on a worker thread.
         */
        Uni<Void> send(String method, Object params);

        /**
         * Blocking form of {@link #send(String, Object)}; not for the event loop. It waits at most 30 seconds, then
         * throws Mutiny's {@code TimeoutException}: a notification to one connection waits for its write, which a
         * client that keeps its connection open but stops reading never lets complete.
         */
        default void sendAndAwait(String method, Object params) {
            send(method, params).await().atMost(Duration.ofSeconds(30));
        }
    }
}
