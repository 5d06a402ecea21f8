package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/** The immutable name → method dispatch table. Names are unique: the build rejects duplicates. */
public final class MethodTable {

    private final Map<String, RpcMethod> methods;
    private final boolean filtered;

    public MethodTable(Collection<RpcMethod> methods) {
        Map<String, RpcMethod> byName = new HashMap<>();
        for (RpcMethod method : methods) {
            if (byName.put(method.name(), method) != null) {
                throw new IllegalArgumentException("Two JSON-RPC methods are named " + method.name());
            }
        }
        this.methods = Map.copyOf(byName);
        this.filtered = methods.stream().anyMatch(method -> method.filters() != null);
    }

    /** The method of that name callable over that transport, or {@code null}. */
    public RpcMethod lookup(String name, JsonRpcTransport transport) {
        RpcMethod method = methods.get(name);
        return method != null && method.transports().contains(transport) ? method : null;
    }

    /** Whether a method of that name exists, over any transport. */
    public boolean contains(String name) {
        return methods.containsKey(name);
    }

    /** Whether a method has filters. */
    boolean filtered() {
        return filtered;
    }

    public int size() {
        return methods.size();
    }
}
