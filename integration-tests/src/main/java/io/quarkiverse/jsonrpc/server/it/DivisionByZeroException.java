package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpcError;

/** Reaches the client as {@code {"code": 1001, "message": "Division by zero"}}. */
@JsonRpcError(code = 1001, message = "Division by zero")
public class DivisionByZeroException extends RuntimeException {
}
