package io.quarkiverse.jsonrpc.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * What a {@link JsonRpc} method can know about the call it serves. Declare a parameter of this type and the
 * extension fills it; it is never bound from the request's params.
 */
public interface JsonRpcContext {

    /** The transport the call arrived on. */
    JsonRpcTransport transport();

    /** The JSON-RPC method name the client called. */
    String method();

    /**
     * The request id as the client sent it: a {@code String}, a {@code Number} ({@code Long}, {@code BigInteger} or
     * {@code BigDecimal}), or {@code null} for a notification or an explicit {@code null} id.
     */
    Object requestId();

    /** Whether the call is a notification, to which the client gets no response. */
    boolean isNotification();

    /** The first value of a header of the HTTP request, or of the WebSocket upgrade request; {@code null} if absent. */
    String header(String name);

    /**
     * All headers of the HTTP request, or of the WebSocket upgrade request, by name in lower case (as HTTP/2 writes
     * them), whatever the case the client sent it in: {@code headers().get("x-trace")}.
     */
    Map<String, List<String>> headers();

    /**
     * The client's IP address, of the HTTP request or of the WebSocket's upgrade request, or the path of a Unix domain
     * socket; {@code null} if unknown. Behind a proxy, with {@code quarkus.http.proxy.proxy-address-forwarding}, the
     * address the proxy forwards, as Quarkus resolves it for the request.
     */
    String clientAddress();

    /**
     * The path of the {@link JsonRpcEndpoint} the call (or, in a connection's hook, the connection) came to, as a
     * route's, with a leading {@code /} and no trailing one: {@code "/admin"} (for {@code @JsonRpcEndpoint("admin/")}
     * too), {@code "/tenants/{tenant}"}; {@code null} for the configured paths. A hook
     * of a class without the annotation runs for the connections of every endpoint, and tells them apart by it.
     */
    String endpoint();

    /**
     * The value of a path parameter of the endpoint the call came to, as the request's URL (over WebSocket, the
     * upgrade request's) gave it: {@code "acme"} for {@code tenant} at {@code @JsonRpcEndpoint("/tenants/{tenant}")}
     * called at {@code /tenants/acme}. {@code null} for a name the endpoint's path does not have.
     */
    String pathParam(String name);

    /** The WebSocket connection the call arrived on; empty over HTTP. */
    Optional<WebSocketConnection> connection();

    /**
     * The id of the WebSocket connection, unique across instances, to address it with
     * {@link JsonRpcNotifier#connection(String)}; {@code null} over HTTP.
     */
    String connectionId();

    /**
     * Makes the connection a member of a group, until it leaves it or closes.
     *
     * @throws IllegalStateException over HTTP, where there is no connection to notify later
     */
    void join(String group);

    /** Ends the connection's membership of a group; nothing happens if it was not a member. */
    void leave(String group);

    /**
     * The groups the connection is a member of; empty over HTTP. In an {@link OnJsonRpcClose} method, the groups it was
     * a member of as it closed: it has left them, so what is sent to them no longer goes to it.
     */
    Set<String> groups();

    /**
     * Sends a notification to this connection, e.g. progress while the call runs; its params as
     * {@link JsonRpcNotifier.Target#send} takes them. Over HTTP there is no channel back and the returned {@code Uni}
     * fails with {@link IllegalStateException}.
     */
    Uni<Void> notify(String method, Object params);

    /** The caller's identity; anonymous when nobody authenticated. */
    SecurityIdentity identity();

    /**
     * Data that lives as long as the WebSocket connection (over HTTP: as long as the request). Safe for concurrent
     * use: calls on one connection run concurrently.
     */
    Map<String, Object> userData();
}
