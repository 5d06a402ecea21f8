package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/** A call a {@link CallListener} follows: when it started, and the error it ended with, if any, or its cancellation. */
final class ObservedCall {

    private final CallListener.Call call;
    private final long start;
    private volatile ErrorObject error;

    private ObservedCall(CallListener.Call call, long start) {
        this.call = call;
        this.start = start;
    }

    static ObservedCall start(CallListener listener, Request request, TransportSession session) {
        long start = System.nanoTime();
        String version = request.version() == JsonRpcVersion.V2 ? "2.0" : "1.0";
        Object id = request.id() == null ? null : request.id().value();
        return new ObservedCall(listener.onStart(request.method(), session.transport(), version, id), start);
    }

    CallListener.Call call() {
        return call;
    }

    void failed(ErrorObject error) {
        this.error = error;
    }

    void ended(Throwable failure) {
        ErrorObject e = failure != null ? new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, failure.toString(), null) : error;
        call.onEnd(e == null ? 0 : e.code(), e == null ? null : e.message(), System.nanoTime() - start);
    }

    void cancelled() {
        call.onCancel(System.nanoTime() - start);
    }
}
