package io.quarkiverse.jsonrpc.server.test.config;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** The one method the configuration tests call. */
public class Echo {

    @JsonRpc
    public String echo(String text) {
        return text;
    }
}
