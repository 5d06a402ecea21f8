package io.quarkiverse.jsonrpc.server.it;

import java.util.concurrent.atomic.AtomicLong;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * Methods about the call itself. A {@link JsonRpcContext} parameter is filled by the extension and never read from
 * params: these methods take no params.
 */
public class Caller {

    /** What the server knows about a call. */
    public record Description(JsonRpcTransport transport, Object requestId, String userAgent) {
    }

    @JsonRpc
    public Description describeCall(JsonRpcContext context) {
        return new Description(context.transport(), context.requestId(), context.header("User-Agent"));
    }

    @JsonRpc
    public JsonRpcTransport transport(JsonRpcContext context) {
        return context.transport();
    }

    /**
     * How many times this method has been called on the connection: state that lives as long as the connection, so
     * the method is served over WebSocket only.
     */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public long count(JsonRpcContext context) {
        AtomicLong count = (AtomicLong) context.userData().computeIfAbsent("count", key -> new AtomicLong());
        return count.incrementAndGet();
    }
}
