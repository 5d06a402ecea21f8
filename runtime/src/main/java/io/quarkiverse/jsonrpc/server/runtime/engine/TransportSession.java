package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What a transport knows about where a message came from: one WebSocket connection, or one HTTP request. The engine
 * hands it to every call the message contains. The push methods have HTTP answers: no connection, no groups, no
 * subscriptions.
 */
public interface TransportSession {

    JsonRpcTransport transport();

    /** First value of a header of the HTTP request or of the WebSocket upgrade; {@code null} if absent. */
    String header(String name);

    Map<String, List<String>> headers();

    /** The WebSocket connection; {@code null} over HTTP. */
    WebSocketConnection connection();

    /** The connection's id, unique across instances; {@code null} over HTTP. */
    String connectionId();

    /** The caller's identity; {@code null} when the transport has none to offer. */
    SecurityIdentity identity();

    /** Data kept as long as the connection (or the HTTP request) lives. */
    Map<String, Object> userData();

    /** @throws IllegalStateException where there is no connection */
    void join(String group);

    void leave(String group);

    Set<String> groups();

    /** Sends a notification on this connection; fails where there is none. */
    Uni<Void> notify(String method, Object params);

    /**
     * Takes a stream to deliver as a subscription once the response carrying its id has been sent.
     *
     * @return the subscription id, or {@code null} where the transport cannot stream
     */
    String subscribe(Multi<?> stream);

    /** Cancels a subscription of this session; {@code false} if it has none of that id. */
    boolean unsubscribe(String subscriptionId);

    /**
     * A message (a request or a whole batch) is about to run: {@code false} refuses it, when the session has as many
     * running as it allows. Each accepted message is followed by one {@link #endCall()}.
     */
    default boolean startCall() {
        return true;
    }

    /** A message accepted by {@link #startCall()} has been answered, has failed, or was cancelled. */
    default void endCall() {
    }
}
