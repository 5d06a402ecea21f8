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

    static ErrorObject invalidParams(String detail) {
        return new ErrorObject(INVALID_PARAMS, "Invalid params: " + detail, null);
    }
}
