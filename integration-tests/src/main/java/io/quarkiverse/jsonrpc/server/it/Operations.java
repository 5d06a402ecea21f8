package io.quarkiverse.jsonrpc.server.it;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.smallrye.mutiny.Uni;

/**
 * Methods at an endpoint of their own, {@code ws://host/ops} and {@code POST /ops}, for operators: a Channels
 * consumer routed at a URL of its own. {@code ping} here is not {@link Ping#ping()}, served at {@code /jsonrpc}.
 */
@JsonRpcEndpoint("/ops")
@RolesAllowed("admin")
public class Operations {

    @Inject
    JsonRpcNotifier notifier;

    @JsonRpc
    public String ping() {
        return "ops pong";
    }

    /** Sends {@code ops.notice} to every operator connected at {@code /ops}, on every instance, and to no one else. */
    @JsonRpc
    public Uni<Void> notice(String text) {
        return notifier.endpoint("/ops").send("ops.notice", Map.of("text", text));
    }
}
