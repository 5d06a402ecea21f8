package io.quarkiverse.jsonrpc.client.it;

import java.util.List;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;

/** The methods of the npm servers of the tests (json-rpc-2.0 and jayson), configured as {@code npm}. */
@RegisterJsonRpcClient(configKey = "npm")
public interface Arithmetic {

    record Greeting(String greeting, int length) {
    }

    @JsonRpc
    int add(int a, int b);

    @JsonRpc
    Greeting greet(String name);

    @JsonRpc
    void withdraw(int amount);

    @JsonRpc
    @JsonRpcNotification
    void note(String text);

    @JsonRpc
    List<String> notes();
}
