package io.quarkiverse.jsonrpc.common.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attributes the OpenTelemetry semantic conventions give a JSON-RPC span, set alike by the server's spans and the
 * client's, so that a trace reads the same on both sides of a call: those of the conventions' version Quarkus's
 * OpenTelemetry extension follows (1.37), whose RPC spans name the JSON-RPC ones {@code rpc.jsonrpc.*}. Loaded only
 * where the application has quarkus-opentelemetry.
 */
public final class JsonRpcSpanAttributes {

    public static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    public static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    /** The server's path of a {@code @JsonRpcEndpoint}, whose methods it serves; absent for the configured paths. */
    public static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    public static final AttributeKey<String> VERSION = AttributeKey.stringKey("rpc.jsonrpc.version");
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("rpc.jsonrpc.request_id");
    public static final AttributeKey<Long> ERROR_CODE = AttributeKey.longKey("rpc.jsonrpc.error_code");
    public static final AttributeKey<String> ERROR_MESSAGE = AttributeKey.stringKey("rpc.jsonrpc.error_message");
    /**
     * What the conventions' Recording Errors ask of every failed operation: the error code as text ({@code -32602}), or,
     * where no answer came, the class of the client's failure.
     */
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    public static final AttributeKey<Long> CLIENT_PORT = AttributeKey.longKey("client.port");
    public static final AttributeKey<String> NETWORK_TRANSPORT = AttributeKey.stringKey("network.transport");
    /** The connection's other end: a proxy's, where one forwards the client ({@code client.*}) or is the server. */
    public static final AttributeKey<String> NETWORK_PEER_ADDRESS = AttributeKey.stringKey("network.peer.address");
    public static final AttributeKey<Long> NETWORK_PEER_PORT = AttributeKey.longKey("network.peer.port");
    /** {@code websocket} or {@code http}: what JSON-RPC went over, for the transport is not in the RPC attributes. */
    public static final AttributeKey<String> NETWORK_PROTOCOL_NAME = AttributeKey.stringKey("network.protocol.name");

    private JsonRpcSpanAttributes() {
    }
}
