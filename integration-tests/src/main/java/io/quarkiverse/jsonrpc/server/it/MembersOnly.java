package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.RolesAllowed;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * An endpoint guarded by its open hook rather than by its methods: only admins get in, over a WebSocket and over
 * HTTP alike.
 */
@JsonRpcEndpoint("/members")
public class MembersOnly {

    @OnJsonRpcOpen
    @RolesAllowed("admin")
    void admitted() {
    }

    @JsonRpc
    public String hello(SecurityIdentity caller) {
        return "Hello " + caller.getPrincipal().getName();
    }
}
