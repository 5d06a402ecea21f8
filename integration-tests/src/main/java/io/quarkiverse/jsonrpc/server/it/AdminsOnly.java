package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.RolesAllowed;

import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;

/** The open hook of the endpoints that admins alone may use, for them to inherit. */
public abstract class AdminsOnly {

    @OnJsonRpcOpen
    @RolesAllowed("admin")
    void admitted() {
    }
}
