package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.time.Duration;
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
 * @param timeout how long a call may run; {@code null} for the engine's default
 * @param filters what runs around each call; {@code null} for none, and then calls pay nothing for filtering
 * @param callerCheck whether the caller may call it, asked before a call whose params cannot be bound is answered
 *        {@code -32602}; {@code null} for a method open to every caller
 */
public record RpcMethod(String name, List<RpcParam> params, Set<JsonRpcTransport> transports, MethodCall call,
        Duration timeout, CallFilters filters, CallerCheck callerCheck) {

    public RpcMethod {
        params = List.copyOf(params);
        transports = Set.copyOf(transports);
    }

    /** A method open to every caller. */
    public RpcMethod(String name, List<RpcParam> params, Set<JsonRpcTransport> transports, MethodCall call,
            Duration timeout, CallFilters filters) {
        this(name, params, transports, call, timeout, filters, null);
    }

    /** A method without filters. */
    public RpcMethod(String name, List<RpcParam> params, Set<JsonRpcTransport> transports, MethodCall call,
            Duration timeout) {
        this(name, params, transports, call, timeout, null, null);
    }

    /** A method without a timeout of its own, nor filters. */
    public RpcMethod(String name, List<RpcParam> params, Set<JsonRpcTransport> transports, MethodCall call) {
        this(name, params, transports, call, null, null, null);
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
