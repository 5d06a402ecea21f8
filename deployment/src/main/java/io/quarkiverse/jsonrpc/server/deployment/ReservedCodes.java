package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;

/**
 * The error codes the JSON-RPC specification keeps for itself and for servers (-32768 to -32000), and what this
 * server answers with those it uses: an application error declared with one of them reads, to a client, as the
 * server's own (a jsonrpc4j service's -32001 "User not found" as an unauthenticated caller, answered 401 where error
 * status codes are on).
 */
final class ReservedCodes {

    private static final Map<Integer, String> USES = Map.ofEntries(
            Map.entry(JsonRpcErrorCodes.PARSE_ERROR, "the protocol's Parse error"),
            Map.entry(JsonRpcErrorCodes.INVALID_REQUEST, "the protocol's Invalid Request"),
            Map.entry(JsonRpcErrorCodes.METHOD_NOT_FOUND, "the protocol's Method not found"),
            Map.entry(JsonRpcErrorCodes.INVALID_PARAMS, "the protocol's Invalid params"),
            Map.entry(JsonRpcErrorCodes.INTERNAL_ERROR, "the protocol's Internal error"),
            Map.entry(JsonRpcErrorCodes.UNAUTHORIZED, "this server's Unauthorized"),
            Map.entry(JsonRpcErrorCodes.FORBIDDEN, "this server's Forbidden"),
            Map.entry(JsonRpcErrorCodes.TIMEOUT, "this server's Call timed out"),
            Map.entry(JsonRpcErrorCodes.TOO_MANY_CALLS, "this server's Too many calls in flight"),
            Map.entry(JsonRpcErrorCodes.SHUTTING_DOWN, "this server's Server shutting down"),
            Map.entry(JsonRpcErrorCodes.TOO_MANY_SUBSCRIPTIONS, "this server's Too many subscriptions"));

    private ReservedCodes() {
    }

    /** What the protocol or this server answers with the code; {@code null} when it is the application's. */
    static String meaning(int code) {
        if (code < -32768 || code > -32000) {
            return null;
        }
        return USES.getOrDefault(code, "unused by this server yet");
    }
}
