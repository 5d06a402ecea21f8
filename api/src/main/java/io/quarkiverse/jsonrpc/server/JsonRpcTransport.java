package io.quarkiverse.jsonrpc.server;

/** The transports a JSON-RPC call can arrive on. */
public enum JsonRpcTransport {
    /** A text frame on the JSON-RPC WebSocket endpoint. */
    WEBSOCKET,
    /** The body of an HTTP {@code POST} to the JSON-RPC HTTP endpoint. */
    HTTP
}
