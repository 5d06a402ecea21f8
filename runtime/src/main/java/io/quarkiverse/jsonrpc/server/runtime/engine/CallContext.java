package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.concurrent.Executor;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * The {@link JsonRpcContext} of one call. What belongs to the call (the method, the request id) is answered here;
 * what belongs to where it came from (headers, the caller, the connection and its groups) is answered by the
 * transport's session, which makes the context of each call ({@link TransportSession#context}) as a subclass: the
 * engine knows no WebSocket or security type.
 */
public abstract class CallContext implements JsonRpcContext {

    /** What {@link #methodOutlivesCall()} gives where nothing is kept. */
    public static final Runnable NOTHING = () -> {
    };

    private final CallInfo call;
    /**
     * How many of the method's filters have been asked {@code before} (the refusing one included), and whether they
     * have been told the outcome: an unforeseen failure of the call tells those not told yet
     * ({@link CallFilters#afterUnforeseen}). Written and read along the call's hand-overs, one thread at a time.
     */
    int filtersAsked;
    boolean filtersTold;

    protected CallContext(CallInfo call) {
        this.call = call;
    }

    /**
     * Makes what the call's listeners carry, and the session's scope, current on this thread, for the method about to
     * run here.
     *
     * @return to close on this thread when the method returns; {@code null} when nothing listens and the session has
     *         no scope
     */
    public AutoCloseable enterCall() {
        AutoCloseable observed = call.observed == null ? null : CallListeners.enter(call.observed, method());
        AutoCloseable scope = enterScope();
        if (scope == null || observed == null) {
            return scope == null ? observed : scope;
        }
        return () -> {
            try {
                scope.close();
            } finally {
                observed.close();
            }
        };
    }

    /** What the call's listeners follow; {@code null} where none listens. */
    CallListener.Call observed() {
        return call.observed;
    }

    /** The batch member whose filters wait for the batch's answer; {@code null} where they are told at once. */
    ObservedCall.InBatch inBatch() {
        return call.inBatch;
    }

    /**
     * Makes what lives as long as the call's session (the transport's session context) current on this thread, for
     * the method about to run here.
     *
     * @return to close on this thread when the method returns; {@code null} when there is nothing
     */
    protected AutoCloseable enterScope() {
        return null;
    }

    /** Closes what {@link #enterScope()} or {@link #enterCall()} made current; {@code null} for nothing. */
    static void leave(AutoCloseable entered) {
        if (entered != null) {
            try {
                entered.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Where the call goes on after a filter decided later: asked on the thread the call came on, it gives back that
     * thread and what was current there (a transport's Vert.x context). By default, wherever the decision completed.
     */
    protected Executor resumer() {
        return Runnable::run;
    }

    /**
     * The call was cancelled (it timed out, its connection closed) while its method runs on a thread nothing can stop:
     * the method keeps the call's place among those its session allows in flight until it returns, so that a client
     * whose calls time out cannot hold more threads than that limit.
     *
     * @return to run once, when the method has returned
     */
    public Runnable methodOutlivesCall() {
        return NOTHING;
    }

    @Override
    public final String method() {
        return call.request.method();
    }

    @Override
    public final Object requestId() {
        return call.request.id() == null ? null : call.request.id().value();
    }

    @Override
    public final boolean isNotification() {
        return call.request.isNotification();
    }

    @Override
    public String toString() {
        return "call of " + call.request.method() + " [id: " + call.request.id() + ", transport: " + transport() + "]";
    }
}
