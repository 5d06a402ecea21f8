package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * What a transport knows about where a message came from: one WebSocket connection, or one HTTP request. The engine
 * hands it to every call the message contains.
 */
public interface TransportSession {

    JsonRpcTransport transport();

    /** First value of a header of the HTTP request or of the WebSocket upgrade; {@code null} if absent. */
    String header(String name);

    Map<String, List<String>> headers();

    /** The WebSocket connection; {@code null} over HTTP. */
    WebSocketConnection connection();

    /** The caller's identity; {@code null} when the transport has none to offer. */
    SecurityIdentity identity();

    /** Data kept as long as the connection (or the HTTP request) lives. */
    Map<String, Object> userData();
}
