package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * The {@code error} member of a response.
 *
 * @param message never {@code null}: the specification's error object always has a string, so an exception without
 *        a message gets the name of its code's kind
 * @param data serialized with the application's ObjectMapper; omitted when {@code null}
 */
public record ErrorObject(int code, String message, Object data) {

    public ErrorObject {
        if (message == null) {
            message = defaultMessage(code);
        }
    }

    /** The specification's message for its own codes; for the others, what part of the code space they are in. */
    static String defaultMessage(int code) {
        return switch (code) {
            case JsonRpcErrorCodes.PARSE_ERROR -> "Parse error";
            case JsonRpcErrorCodes.INVALID_REQUEST -> "Invalid Request";
            case JsonRpcErrorCodes.METHOD_NOT_FOUND -> "Method not found";
            case JsonRpcErrorCodes.INVALID_PARAMS -> "Invalid params";
            case JsonRpcErrorCodes.INTERNAL_ERROR -> "Internal error";
            default -> code >= -32099 && code <= -32000 ? "Server error" : "Application error";
        };
    }

    static ErrorObject parseError(String detail) {
        return new ErrorObject(JsonRpcErrorCodes.PARSE_ERROR, "Parse error", detail);
    }

    static ErrorObject invalidRequest(String detail) {
        return new ErrorObject(JsonRpcErrorCodes.INVALID_REQUEST, "Invalid Request", detail);
    }

    static ErrorObject methodNotFound(String method) {
        return new ErrorObject(JsonRpcErrorCodes.METHOD_NOT_FOUND, "Method not found", "No method named '" + method + "'");
    }

    static ErrorObject methodNotFound(String method, JsonRpcTransport transport) {
        return new ErrorObject(JsonRpcErrorCodes.METHOD_NOT_FOUND, "Method not found",
                "Method '" + method + "' is not served over " + (transport == JsonRpcTransport.HTTP ? "HTTP" : "WebSocket"));
    }

    static ErrorObject tooManyCalls() {
        return new ErrorObject(JsonRpcErrorCodes.TOO_MANY_CALLS, "Too many calls in flight",
                "Wait for answers before sending more (quarkus.jsonrpc-server.max-calls-in-flight)");
    }

    static ErrorObject tooManySubscriptions(int limit) {
        return new ErrorObject(JsonRpcErrorCodes.TOO_MANY_SUBSCRIPTIONS, "Too many subscriptions",
                "The connection has " + limit + " subscriptions open, the most it may have: end one with rpc.unsubscribe"
                        + " first (quarkus.jsonrpc-server.websocket.max-subscriptions)");
    }

    /** {@code -32603}, the specification's message, and what went wrong, if anything may be said, in the data. */
    public static ErrorObject internalError(Object detail) {
        return new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, "Internal error", detail);
    }

    static ErrorObject shuttingDown() {
        return new ErrorObject(JsonRpcErrorCodes.SHUTTING_DOWN, "Server shutting down", null);
    }

    static ErrorObject invalidParams(String detail) {
        return new ErrorObject(JsonRpcErrorCodes.INVALID_PARAMS, "Invalid params: " + detail, null);
    }
}
