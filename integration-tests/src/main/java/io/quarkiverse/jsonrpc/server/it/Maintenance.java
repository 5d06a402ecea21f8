package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.RolesAllowed;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkus.security.ForbiddenException;

/** A refusal in the application's own words: a mapper of its class answers a caller without the role. */
@JsonRpcNamespace("maintenance")
public class Maintenance {

    @JsonRpc
    @RolesAllowed("admin")
    public String drain(int seconds) {
        return "draining for " + seconds + " s";
    }

    @JsonRpcExceptionMapper
    JsonRpcException refused(ForbiddenException e) {
        return new JsonRpcException(4403, "Only an admin may drain the server");
    }
}
