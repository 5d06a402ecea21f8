package io.quarkiverse.jsonrpc.server.test.migration;

import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcError;

/** The exception of the jsonrpc4j migration guide, as it shows it. */
@JsonRpcError(code = 1001, message = "User not found")
public class UserNotFoundException extends RuntimeException implements JsonRpcError.Data {

    public UserNotFoundException(long id) {
        super("No user " + id);
    }

    public UserNotFoundException(String message) { // what jsonrpc4j's client makes it with
        super(message);
    }

    @Override
    public Object errorData() {
        // what jsonrpc4j's client reads to throw this exception again on its side
        return Map.of("exceptionTypeName", getClass().getName(), "message", getMessage());
    }
}
