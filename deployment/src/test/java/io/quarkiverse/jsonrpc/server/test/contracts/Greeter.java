package io.quarkiverse.jsonrpc.server.test.contracts;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** A contract: what {@link GreeterService} serves is declared here, names, transports, timeout and threads included. */
@JsonRpcNamespace("greeter")
public interface Greeter extends Versioned {

    @JsonRpc(summary = "Greets someone", description = "Says hello to the given name")
    String greet(String name);

    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    Multi<Integer> countdown(int from);

    @JsonRpc(transports = JsonRpcTransport.HTTP)
    String httpOnly();

    @JsonRpc(timeout = "200ms")
    Uni<String> hang();

    /** A plain value runs on a worker, unless its contract says otherwise. */
    @JsonRpc
    @NonBlocking
    ThreadInfo threadFromInterface();

    /** The implementation's {@code @Blocking} wins over this {@code @NonBlocking}. */
    @JsonRpc
    @NonBlocking
    ThreadInfo threadFromImplementation();

    /** Served as {@code greeter.implementationName}: the implementation's {@code @JsonRpc} replaces this one. */
    @JsonRpc("interfaceName")
    String renamed();

    @JsonRpc
    default String language() {
        return "en";
    }
}
