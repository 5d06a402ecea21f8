package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * A call a {@link CallListener} follows: when it started, and the error it ended with, if any, or its cancellation. It
 * is also the {@link CallListener.Request} its listener is told of, so that telling one costs no object more.
 * <p>
 * A member of a batch is told when its batch is answered, not when it is: until then the response size limit, which
 * applies to the batch as a whole, may still replace its result with {@code -32603 Result too large}. For the same
 * reason its filters are told its outcome only then ({@link InBatch#deferFilters}). A batch cancelled before its answer
 * cancels them all, as the client gets none of their answers, and tells their filters nothing.
 */
class ObservedCall implements CallListener.Request {

    private final Request request;
    private final TransportSession session;
    // set once, by start, before the call is handed on: the threads that end it see them through that hand-over
    /** {@code null} where no listener follows it: a batch member observed for its filters only. */
    private CallListener.Call call;
    private long start;
    private volatile ErrorObject error;

    private ObservedCall(Request request, TransportSession session) {
        this.request = request;
        this.session = session;
    }

    static ObservedCall start(CallListener listener, Request request, TransportSession session) {
        ObservedCall observed = new ObservedCall(request, session);
        observed.begin(listener);
        return observed;
    }

    /**
     * A call of a batch: what it ended with is held until {@link InBatch#batchAnswered()}.
     *
     * @param listener {@code null} where none listens: the call is then followed for its filters only
     */
    static InBatch startInBatch(CallListener listener, Request request, TransportSession session) {
        InBatch observed = new InBatch(request, session);
        observed.begin(listener);
        return observed;
    }

    final void begin(CallListener listener) {
        call = listener == null ? null : CallListeners.start(listener, this);
        start = System.nanoTime();
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public JsonRpcTransport transport() {
        return session.transport();
    }

    @Override
    public String endpoint() {
        return session.endpoint();
    }

    @Override
    public String version() {
        return request.version() == JsonRpcVersion.V2 ? "2.0" : "1.0";
    }

    @Override
    public boolean isNotification() {
        return request.isNotification();
    }

    @Override
    public Object id() {
        return request.id() == null ? null : request.id().value();
    }

    @Override
    public CallListener.Network network() {
        return session.network();
    }

    @Override
    public String header(String name) {
        return session.header(name);
    }

    /** What the listeners follow of a call; {@code null} where none listens, and no call is observed. */
    static CallListener.Call callOf(ObservedCall observed) {
        return observed == null ? null : observed.call;
    }

    void failed(ErrorObject error) {
        this.error = error;
    }

    void ended(Throwable failure) {
        tell(failure, System.nanoTime());
    }

    void cancelled() {
        if (call != null) {
            CallListeners.cancel(call, System.nanoTime() - start, request.method());
        }
    }

    final void tell(Throwable failure, long end) {
        if (call == null) {
            return;
        }
        ErrorObject e = failure != null ? new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, failure.toString(), null) : error;
        CallListeners.end(call, e == null ? 0 : e.code(), e == null ? null : e.message(), end - start,
                request.method());
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
        /** The filters to tell the outcome once the batch is answered; {@code null} when none waits. */
        private CallFilters filters;
        private CallContext context;
        private Object result;
        private ErrorObject filtersError;
        /** The last of the filters to tell: the one that refused the call, or the last of all. */
        private int lastFilter;

        private InBatch(Request request, TransportSession session) {
            super(request, session);
        }

        @Override
        synchronized void ended(Throwable failure) {
            this.answered = true;
            this.failure = failure;
            this.end = System.nanoTime();
        }

        /**
         * The call's outcome, for its filters from {@code last} down: a result, which the response size limit of the
         * batch may yet replace, or an error. They are told in {@link #sent}, what the client gets, and not at all
         * where the batch is cancelled before its answer.
         */
        synchronized void deferFilters(CallFilters filters, CallContext context, Object result, ErrorObject error,
                int last) {
            this.filters = filters;
            this.context = context;
            this.result = result;
            this.filtersError = error;
            this.lastFilter = last;
        }

        /**
         * Its response goes into the batch's: as it was, or replaced by {@code replacement}. Its filters waiting for
         * the outcome are told now, what the client gets.
         *
         * @param replacement the error that replaces its result; {@code null} when it goes as it was
         */
        void sent(ErrorObject replacement) {
            CallFilters waiting;
            synchronized (this) {
                waiting = filters;
                filters = null;
            }
            if (replacement != null) {
                failed(replacement);
            }
            if (waiting != null) {
                waiting.tell(context, replacement == null ? result : null,
                        replacement == null ? filtersError : replacement, lastFilter);
            }
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

        /** The batch is answered: an answered member is told now, with what it answered then. */
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
