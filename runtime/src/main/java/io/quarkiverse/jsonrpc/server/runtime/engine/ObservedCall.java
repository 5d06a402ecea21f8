package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * A call a {@link CallListener} follows: when it started, and the error it ended with, if any, or its cancellation.
 * <p>
 * A member of a batch is told when its batch is answered, not when it is: until then the response size limit, which
 * applies to the batch as a whole, may still replace its result with {@code -32603 Result too large}.
 */
class ObservedCall {

    private final CallListener.Call call;
    private final long start;
    private volatile ErrorObject error;

    private ObservedCall(CallListener.Call call, long start) {
        this.call = call;
        this.start = start;
    }

    static ObservedCall start(CallListener listener, Request request, TransportSession session) {
        return new ObservedCall(onStart(listener, request, session), System.nanoTime());
    }

    /** A call of a batch: what it ended with is held until {@link InBatch#batchAnswered()}. */
    static InBatch startInBatch(CallListener listener, Request request, TransportSession session) {
        return new InBatch(onStart(listener, request, session), System.nanoTime());
    }

    private static CallListener.Call onStart(CallListener listener, Request request, TransportSession session) {
        String version = request.version() == JsonRpcVersion.V2 ? "2.0" : "1.0";
        Object id = request.id() == null ? null : request.id().value();
        return listener.onStart(request.method(), session.transport(), version, id);
    }

    CallListener.Call call() {
        return call;
    }

    void failed(ErrorObject error) {
        this.error = error;
    }

    void ended(Throwable failure) {
        tell(failure, System.nanoTime());
    }

    void cancelled() {
        call.onCancel(System.nanoTime() - start);
    }

    final void tell(Throwable failure, long end) {
        ErrorObject e = failure != null ? new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, failure.toString(), null) : error;
        call.onEnd(e == null ? 0 : e.code(), e == null ? null : e.message(), end - start);
    }

    /**
     * A member of a batch. Its answer and its cancellation may race with the end of the batch (a worker answers while
     * the connection closes), hence the lock: the listener is told once, whichever comes first.
     */
    static final class InBatch extends ObservedCall {

        private boolean answered;
        private boolean told;
        private Throwable failure;
        private long end;

        private InBatch(CallListener.Call call, long start) {
            super(call, start);
        }

        @Override
        synchronized void ended(Throwable failure) {
            this.answered = true;
            this.failure = failure;
            this.end = System.nanoTime();
        }

        @Override
        void cancelled() {
            synchronized (this) {
                if (told) {
                    return;
                }
                told = true;
            }
            super.cancelled();
        }

        /** The batch is answered, or will never be: an answered member is told now, with what it answered then. */
        void batchAnswered() {
            synchronized (this) {
                if (told || !answered) {
                    return;
                }
                told = true;
            }
            tell(failure, end);
        }
    }
}
