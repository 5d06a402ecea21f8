package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.common.annotation.NonBlocking;

/** {@code ping}: a liveness check clients may call often, but not too often ({@link PingRateLimit}). */
public class Ping {

    @JsonRpc
    @NonBlocking
    public String ping() {
        return "pong";
    }
}
