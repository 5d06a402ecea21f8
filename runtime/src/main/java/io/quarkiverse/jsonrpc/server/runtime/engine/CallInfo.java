package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * What the engine knows of one call, for the {@link CallContext} its session makes of it: the request it answers, and
 * what the call's listeners follow of it.
 */
public final class CallInfo {

    /** No call: the context of a connection's lifecycle hooks, which answer no request. */
    public static final CallInfo NONE = new CallInfo(new Request(JsonRpcVersion.V2, null, null, null, null), null);

    final Request request;
    /** {@code null} when nothing listens. */
    final CallListener.Call observed;

    CallInfo(Request request, CallListener.Call observed) {
        this.request = request;
        this.observed = observed;
    }
}
