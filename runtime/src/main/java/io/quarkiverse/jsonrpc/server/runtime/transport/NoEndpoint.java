package io.quarkiverse.jsonrpc.server.runtime.transport;

import jakarta.enterprise.inject.Vetoed;

import io.quarkus.websockets.next.WebSocket;

/**
 * Never served. websockets-next registers its server infrastructure only when the index holds a {@code @WebSocket}
 * class, and the real endpoint is generated after indexing; this one is added to the index to make that happen.
 */
@Vetoed
@WebSocket(path = "/io.quarkiverse.jsonrpc.server.unused")
class NoEndpoint {
}
