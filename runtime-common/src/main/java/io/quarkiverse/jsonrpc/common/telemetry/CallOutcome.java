package io.quarkiverse.jsonrpc.common.telemetry;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;

/**
 * The {@code outcome} tag of the call timers, the server's and the client's alike: the names of Micrometer's
 * {@code Outcome}, which Quarkus's {@code http.server.requests} and {@code http.client.requests} use, so that one
 * dashboard query reads HTTP and JSON-RPC the same ({@code outcome="SERVER_ERROR"}), and {@code CANCELLED} for a call
 * that ended without an answer because it was given up.
 */
public final class CallOutcome {

    public static final String SUCCESS = "SUCCESS";
    /** The request could not be served as sent: the client's to change (params, credentials, pace, ...). */
    public static final String CLIENT_ERROR = "CLIENT_ERROR";
    /** The server failed, or could not serve the request now. */
    public static final String SERVER_ERROR = "SERVER_ERROR";
    /** Its connection closed before the answer (server), or the caller gave the call up (client). */
    public static final String CANCELLED = "CANCELLED";
    /** No answer came, so what the server did is not known: the client's transport failed or timed out. */
    public static final String UNKNOWN = "UNKNOWN";

    private CallOutcome() {
    }

    /**
     * The outcome of an answer: {@link #SUCCESS} for a result ({@code 0}), {@link #SERVER_ERROR} for the codes that
     * say the server failed (an internal error, a timeout, a server stopping) and for the rest of the range the
     * specification reserves for servers, {@link #CLIENT_ERROR} for the others: the request was wrong, not allowed, or
     * one too many, and an application's own codes, which a method answers on purpose as HTTP's 4xx statuses are
     * (the {@code error.code} tag tells them apart).
     */
    public static String of(int errorCode) {
        return switch (errorCode) {
            case 0 -> SUCCESS;
            case JsonRpcErrorCodes.PARSE_ERROR, JsonRpcErrorCodes.INVALID_REQUEST, JsonRpcErrorCodes.METHOD_NOT_FOUND,
                    JsonRpcErrorCodes.INVALID_PARAMS, JsonRpcErrorCodes.UNAUTHORIZED, JsonRpcErrorCodes.FORBIDDEN,
                    JsonRpcErrorCodes.TOO_MANY_CALLS, JsonRpcErrorCodes.TOO_MANY_SUBSCRIPTIONS ->
                CLIENT_ERROR;
            default -> errorCode >= -32768 && errorCode <= -32000 ? SERVER_ERROR : CLIENT_ERROR;
        };
    }
}
