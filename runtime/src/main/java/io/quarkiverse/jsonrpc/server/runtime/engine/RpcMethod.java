package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.Set;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * A JSON-RPC method as the engine dispatches it.
 *
 * @param name the JSON-RPC name
 * @param params every parameter of the Java method, in order, context parameters included
 * @param transports the transports it answers on
 * @param call what runs it
 */
public record RpcMethod(String name, List<RpcParam> params, Set<JsonRpcTransport> transports, MethodCall call) {

    public RpcMethod {
        params = List.copyOf(params);
        transports = Set.copyOf(transports);
    }

    int valueParamCount() {
        int count = 0;
        for (RpcParam param : params) {
            if (param.kind().fromParams()) {
                count++;
            }
        }
        return count;
    }
}
