package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpcError;

/** Reaches the client as {@code {"code": -32010, "message": "Division by zero"}}. */
@JsonRpcError(code = -32010, message = "Division by zero")
public class DivisionByZeroException extends RuntimeException {
}
