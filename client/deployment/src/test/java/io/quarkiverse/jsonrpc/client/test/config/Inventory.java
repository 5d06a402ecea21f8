package io.quarkiverse.jsonrpc.client.test.config;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;

/** A client a bean injects: its configuration is checked as the application starts. */
@RegisterJsonRpcClient(configKey = "inventory")
public interface Inventory {

    @JsonRpc
    int stock(String item);

    @Singleton
    class Stock {
        @Inject
        @JsonRpcClient
        Inventory inventory;
    }
}
