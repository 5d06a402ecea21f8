package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkus.security.identity.SecurityIdentity;

/** An endpoint guarded by the open hook it inherits, over a WebSocket and over HTTP alike. */
@JsonRpcEndpoint("/staff")
public class StaffRoom extends AdminsOnly {

    @JsonRpc
    public String roster(SecurityIdentity caller) {
        return "Roster for " + caller.getPrincipal().getName();
    }
}
