package io.quarkiverse.jsonrpc.server.test.devmode;

import jakarta.annotation.security.PermitAll;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;

/** An endpoint with a path parameter: the form asks for its value. */
@JsonRpcEndpoint("/tenants/{tenant}")
public class Tenants {

    @JsonRpc
    @PermitAll
    public String whose(JsonRpcContext context) {
        return "tenant " + context.pathParam("tenant");
    }
}
