package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.RolesAllowed;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;

/** Secured as a class: every method needs the role admin. */
@JsonRpcNamespace("admin")
@RolesAllowed("admin")
public class AdminMethods {

    @JsonRpc
    public String restart() {
        return "restarting";
    }
}
