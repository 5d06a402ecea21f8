package io.quarkiverse.jsonrpc.client.test;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** The server side of {@link News}, in the test's own application. */
public class NewsServer {

    @JsonRpc
    public String ping() {
        return "pong";
    }
}
