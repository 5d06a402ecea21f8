package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.DiscardableResult;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import io.vertx.core.impl.ContextInternal;

/**
 * The result of a method run on a thread of its own (a worker, a virtual thread), delivered on that thread: the
 * response is written from there. Not built from Mutiny's {@code runSubscriptionOn} and {@code flatMap}: their
 * callbacks go through context propagation, which here would cost more than the hop itself (see
 * {@code UndecoratedUni}).
 * <p>
 * A call cancelled before a thread took it (it timed out waiting, its connection closed) never runs: the client has
 * its answer, and a method that commits something must not do so after the client was told the call failed. One
 * cancelled while it runs cannot be stopped; until it returns it keeps its place among the calls its connection may
 * have in flight ({@link CallContext#methodOutlivesCall()}), so that a client whose calls time out cannot hold more
 * threads than that limit.
 */
final class BlockingCall extends AbstractUni<Object> {

    private final Consumer<WorkerDispatcher.Task> threads;
    /** The Vert.x context current while the method runs; {@code null} to leave it to {@link #threads}. */
    private final ContextInternal context;
    private final Callable<Object> method;
    private final JsonRpcContext call;
    /**
     * Run on the method's thread once its answer is written, or dropped: what the method left open for the answer
     * (its request context, see {@link InvokerMethodCall}) ends there. {@code null} for nothing.
     */
    private final Runnable answered;

    BlockingCall(Consumer<WorkerDispatcher.Task> threads, ContextInternal context, Callable<Object> method,
            JsonRpcContext call, Runnable answered) {
        this.threads = threads;
        this.context = context;
        this.method = method;
        this.call = call;
        this.answered = answered;
    }

    @Override
    public void subscribe(UniSubscriber<? super Object> subscriber) {
        Run run = new Run(subscriber);
        subscriber.onSubscribe(run);
        threads.accept(run);
    }

    /** One call's way from its queue to its answer; the state is the int. */
    private final class Run extends AtomicInteger implements WorkerDispatcher.Task, UniSubscription {

        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int CANCELLED = 3;

        private final UniSubscriber<? super Object> subscriber;
        /** What gives the call's place back once the method returns, after a cancellation while it ran. */
        private volatile Runnable placeKept;

        Run(UniSubscriber<? super Object> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void run() {
            if (!compareAndSet(WAITING, RUNNING)) {
                // cancelled while it waited for a thread: it is over before it began
                return;
            }
            if (context == null) {
                callAndAnswer();
            } else {
                // the call's Vert.x context is current while it runs, as in Vert.x's executeBlocking
                context.dispatch(this::callAndAnswer);
            }
        }

        private void callAndAnswer() {
            // the answer is written from here, as a blocking websockets-next callback's is: going back to the event
            // loop first would add a hop and put the response's serialization on the event loop
            Object result = null;
            Throwable failure = null;
            try {
                result = method.call();
            } catch (Throwable t) {
                failure = t;
            }
            try {
                if (!compareAndSet(RUNNING, DONE)) {
                    // cancelled while it ran: the place it kept is free now, and what its result holds (its request
                    // context, for a result that completes later) is let go, as nobody will subscribe to it
                    DiscardableResult.discard(result);
                    placeKept.run();
                } else if (failure != null) {
                    subscriber.onFailure(failure);
                } else {
                    subscriber.onItem(result);
                }
            } finally {
                if (answered != null) {
                    answered.run();
                }
            }
        }

        @Override
        public void rejected(RejectedExecutionException e) {
            if (compareAndSet(WAITING, DONE)) {
                subscriber.onFailure(e);
            }
        }

        @Override
        public void cancel() {
            if (compareAndSet(WAITING, CANCELLED) || get() != RUNNING) {
                return;
            }
            // kept before the state says so, so that the method returning meanwhile finds it
            Runnable kept = call instanceof CallContext context ? context.methodOutlivesCall() : CallContext.NOTHING;
            placeKept = kept;
            if (!compareAndSet(RUNNING, CANCELLED)) {
                // the method returned meanwhile and answered: nothing is kept
                kept.run();
            }
        }
    }
}
