package io.quarkiverse.jsonrpc.common.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attributes the OpenTelemetry semantic conventions give a JSON-RPC span, set alike by the server's spans and the
 * client's, so that a trace reads the same on both sides of a call. Loaded only where the application has
 * quarkus-opentelemetry.
 */
public final class JsonRpcSpanAttributes {

    public static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    public static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    public static final AttributeKey<String> VERSION = AttributeKey.stringKey("rpc.jsonrpc.version");
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("rpc.jsonrpc.request_id");
    public static final AttributeKey<Long> ERROR_CODE = AttributeKey.longKey("rpc.jsonrpc.error_code");
    public static final AttributeKey<String> ERROR_MESSAGE = AttributeKey.stringKey("rpc.jsonrpc.error_message");

    private JsonRpcSpanAttributes() {
    }
}
