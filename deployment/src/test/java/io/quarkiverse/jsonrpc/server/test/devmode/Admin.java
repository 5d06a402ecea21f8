package io.quarkiverse.jsonrpc.server.test.devmode;

import jakarta.annotation.security.PermitAll;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/** Methods at an endpoint of their own, one named as {@link Calculator}'s: the form calls each at its own path. */
@JsonRpcEndpoint("/admin")
public class Admin {

    @JsonRpc
    @PermitAll
    public String subtract(int minuend, int subtrahend) {
        return "/admin says " + (minuend - subtrahend);
    }

    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    @PermitAll
    public String echo(String text) {
        return "/admin echoes " + text;
    }
}
