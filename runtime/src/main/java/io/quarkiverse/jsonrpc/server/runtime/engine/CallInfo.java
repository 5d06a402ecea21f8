package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * What the engine knows of one call, for the {@link CallContext} its session makes of it: the request it answers, what
 * the call's listeners follow of it, and the batch whose answer its filters wait for.
 */
public final class CallInfo {

    /** No call: the context of a connection's lifecycle hooks, which answer no request. */
    public static final CallInfo NONE = new CallInfo(new Request(JsonRpcVersion.V2, null, null, null, null), null);

    final Request request;
    /** {@code null} when nothing listens. */
    final CallListener.Call observed;
    /**
     * The batch member whose filters are told its outcome once the batch is answered; {@code null} for a call alone,
     * or a notification, which is in no response.
     */
    final ObservedCall.InBatch inBatch;

    /** @param observed what follows the call; {@code null} where nothing does */
    CallInfo(Request request, ObservedCall observed) {
        this.request = request;
        this.observed = ObservedCall.callOf(observed);
        this.inBatch = observed instanceof ObservedCall.InBatch member && !request.isNotification() ? member : null;
    }
}
