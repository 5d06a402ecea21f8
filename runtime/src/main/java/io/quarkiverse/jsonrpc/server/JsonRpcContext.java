package io.quarkiverse.jsonrpc.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;

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

    /** All headers of the HTTP request, or of the WebSocket upgrade request. */
    Map<String, List<String>> headers();

    /** The WebSocket connection the call arrived on; empty over HTTP. */
    Optional<WebSocketConnection> connection();

    /** The caller's identity; anonymous when nobody authenticated. */
    SecurityIdentity identity();

    /**
     * Data that lives as long as the WebSocket connection (over HTTP: as long as the request). Safe for concurrent
     * use: calls on one connection run concurrently.
     */
    Map<String, Object> userData();
}
