package io.quarkiverse.jsonrpc.server.runtime.engine;

/**
 * The error an exception class declares with {@code @JsonRpcError}.
 *
 * @param message the fixed message; empty to use the exception's own
 */
public record DeclaredError(int code, String message) {
}
