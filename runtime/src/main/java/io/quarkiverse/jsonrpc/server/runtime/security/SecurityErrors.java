package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.HashMap;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;

/**
 * What Quarkus security's interceptors throw becomes -32001 or -32003, and says nothing more: a refused caller learns
 * neither the method's roles nor who it is taken for.
 */
public final class SecurityErrors {

    private SecurityErrors() {
    }

    /** The errors the application's exception classes declare, and those of the security exceptions. */
    public static Map<String, DeclaredError> addedTo(Map<String, DeclaredError> declared) {
        Map<String, DeclaredError> errors = new HashMap<>(declared);
        DeclaredError unauthorized = new DeclaredError(JsonRpcErrorCodes.UNAUTHORIZED, "Unauthorized");
        // the application may declare its own error for them: it wins
        errors.putIfAbsent("io.quarkus.security.UnauthorizedException", unauthorized);
        errors.putIfAbsent("io.quarkus.security.AuthenticationFailedException", unauthorized);
        errors.putIfAbsent("io.quarkus.security.ForbiddenException",
                new DeclaredError(JsonRpcErrorCodes.FORBIDDEN, "Forbidden"));
        return errors;
    }
}
