package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.RolesAllowed;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;

/**
 * Methods at an endpoint of their own, {@code ws://host/ops} and {@code POST /ops}, for operators: a Channels
 * consumer routed at a URL of its own. {@code ping} here is not {@link Ping#ping()}, served at {@code /jsonrpc}.
 */
@JsonRpcEndpoint("/ops")
@RolesAllowed("admin")
public class Operations {

    @JsonRpc
    public String ping() {
        return "ops pong";
    }
}
