package io.quarkiverse.jsonrpc.server.it;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * A JSON-RPC bean of a normal scope, which a test can replace with a mock ({@link MockedJsonRpcBeanTest}). Part of
 * the application under {@code @QuarkusTest} only: it lives with the tests.
 */
@ApplicationScoped
public class Outlook {

    @JsonRpc
    public String outlook() {
        return "sunny";
    }
}
