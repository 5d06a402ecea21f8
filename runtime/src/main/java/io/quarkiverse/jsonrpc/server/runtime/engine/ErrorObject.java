package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * The {@code error} member of a response.
 *
 * @param data serialized with the application's ObjectMapper; omitted when {@code null}
 */
public record ErrorObject(int code, String message, Object data) {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    // server errors, in the range the specification leaves to implementations
    public static final int UNAUTHORIZED = -32001;
    public static final int FORBIDDEN = -32003;
    public static final int TIMEOUT = -32004;
    public static final int TOO_MANY_CALLS = -32005;
    public static final int SHUTTING_DOWN = -32006;

    static ErrorObject parseError(String detail) {
        return new ErrorObject(PARSE_ERROR, "Parse error", detail);
    }

    static ErrorObject invalidRequest(String detail) {
        return new ErrorObject(INVALID_REQUEST, "Invalid Request", detail);
    }

    static ErrorObject methodNotFound(String method) {
        return new ErrorObject(METHOD_NOT_FOUND, "Method not found", "No method named '" + method + "'");
    }

    static ErrorObject methodNotFound(String method, JsonRpcTransport transport) {
        return new ErrorObject(METHOD_NOT_FOUND, "Method not found",
                "Method '" + method + "' is not served over " + (transport == JsonRpcTransport.HTTP ? "HTTP" : "WebSocket"));
    }

    static ErrorObject tooManyCalls() {
        return new ErrorObject(TOO_MANY_CALLS, "Too many calls in flight",
                "Wait for answers before sending more (quarkus.jsonrpc-server.max-calls-in-flight)");
    }

    static ErrorObject shuttingDown() {
        return new ErrorObject(SHUTTING_DOWN, "Server shutting down", null);
    }

    static ErrorObject invalidParams(String detail) {
        return new ErrorObject(INVALID_PARAMS, "Invalid params: " + detail, null);
    }
}
