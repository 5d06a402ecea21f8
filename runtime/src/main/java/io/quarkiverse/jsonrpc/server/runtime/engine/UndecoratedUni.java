package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.operators.uni.UniOnFailureFlatMap;
import io.smallrye.mutiny.operators.uni.UniOperatorProcessor;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * The Uni operators of a call's own bookkeeping (turning a result into a response, counting calls in flight, telling
 * listeners), written so that they do not decorate their callbacks.
 * <p>
 * Mutiny hands every callback given to an operator to its callback decorators, and in a Quarkus application, where
 * SmallRye Context Propagation is always present with Mutiny, each decorated callback captures the thread's contexts
 * when the pipeline is built and restores them around the call. That costs more than the callback: profiling a
 * WebSocket call showed a third of the extension's own CPU time in it, for a dozen operators per call (see the
 * performance page). These callbacks run none of the application's code and need no context; the application's
 * own operators, and every operator around its method, are still Mutiny's.
 */
public final class UndecoratedUni {

    private UndecoratedUni() {
    }

    /**
     * Like {@code onItemOrFailure().transform(mapper)}: the mapper gets the item, or {@code null} and the failure.
     * A failure of the mapper is the failure of the returned Uni. An item that comes after a cancellation, which
     * nobody will take, is discarded ({@link DiscardableResult}): a method's result that raced its call's cancellation
     * lets its request context go.
     */
    public static <I, O> Uni<O> transform(Uni<I> upstream, BiFunction<? super I, Throwable, ? extends O> mapper) {
        return new Transform<>(upstream, mapper);
    }

    /**
     * Like {@code onItemOrFailure().invoke(ended)} together with {@code onCancellation().invoke(cancelled)}, but
     * exactly one of the two runs, once: {@code ended} gets {@code null} after an item, or the failure, before they go
     * downstream (a failure of {@code ended} is the failure of the returned Uni); {@code cancelled} runs on a
     * cancellation that comes first.
     */
    public static <T> Uni<T> onEndOrCancellation(Uni<T> upstream, Consumer<Throwable> ended, Runnable cancelled) {
        return new OnEndOrCancellation<>(upstream, ended, cancelled);
    }

    /** Like {@code onTermination().invoke(action)}: runs once, on the item, the failure or a cancellation. */
    public static <T> Uni<T> onTermination(Uni<T> upstream, Runnable action) {
        return new OnEndOrCancellation<>(upstream, failure -> action.run(), action);
    }

    /**
     * Like {@link #onTermination}, but after an item or a failure the action runs once downstream has taken it and
     * returned: what downstream does with it right away (a transport hands the answer to its connection) comes first.
     */
    public static <T> Uni<T> afterTermination(Uni<T> upstream, Runnable action) {
        return new AfterTermination<>(upstream, action);
    }

    /**
     * Like {@code flatMap(mapper)}: the item is mapped to a Uni, whose item or failure the returned Uni gives. An item
     * that comes after a cancellation, which nobody will take, is discarded ({@link DiscardableResult}), where Mutiny's
     * {@code flatMap} drops it: the {@code Uni} a method returned on a worker thread as its call was cancelled lets its
     * request context go.
     */
    public static <I, O> Uni<O> flatMap(Uni<I> upstream, Function<? super I, Uni<? extends O>> mapper) {
        return new FlatMap<>(upstream, mapper);
    }

    /** Like {@code onFailure().recoverWithUni(fallback)}: a failure is replaced by the Uni the fallback returns. */
    public static <T> Uni<T> onFailureSwitchTo(Uni<T> upstream, Function<Throwable, Uni<? extends T>> fallback) {
        return new UniOnFailureFlatMap<>(upstream, failure -> true, fallback, Throwable.class);
    }

    private static final class Transform<I, O> extends AbstractUni<O> {

        private final Uni<I> upstream;
        private final BiFunction<? super I, Throwable, ? extends O> mapper;

        Transform(Uni<I> upstream, BiFunction<? super I, Throwable, ? extends O> mapper) {
            this.upstream = upstream;
            this.mapper = mapper;
        }

        @Override
        public void subscribe(UniSubscriber<? super O> subscriber) {
            AbstractUni.subscribe(upstream, new UniOperatorProcessor<I, O>(subscriber) {
                @Override
                public void onItem(I item) {
                    if (!isCancelled()) {
                        complete(item, null);
                    } else {
                        DiscardableResult.discard(item);
                    }
                }

                @Override
                public void onFailure(Throwable failure) {
                    if (!isCancelled()) {
                        complete(null, failure);
                    }
                }

                private void complete(I item, Throwable failure) {
                    O result;
                    try {
                        result = mapper.apply(item, failure);
                    } catch (Throwable t) {
                        downstream.onFailure(t);
                        return;
                    }
                    downstream.onItem(result);
                }
            });
        }
    }

    private static final class FlatMap<I, O> extends AbstractUni<O> {

        private final Uni<I> upstream;
        private final Function<? super I, Uni<? extends O>> mapper;

        FlatMap(Uni<I> upstream, Function<? super I, Uni<? extends O>> mapper) {
            this.upstream = upstream;
            this.mapper = mapper;
        }

        @Override
        public void subscribe(UniSubscriber<? super O> subscriber) {
            AbstractUni.subscribe(upstream, new FlatMapProcessor<>(subscriber, mapper));
        }
    }

    /** The subscriber of the upstream, then of the Uni its item maps to. */
    private static final class FlatMapProcessor<I, O> extends UniOperatorProcessor<I, O> {

        private final Function<? super I, Uni<? extends O>> mapper;
        /** Whether the upstream's item came and was mapped: what comes after is the mapped Uni's. */
        private volatile boolean mapped;
        private volatile UniSubscription inner;

        FlatMapProcessor(UniSubscriber<? super O> downstream, Function<? super I, Uni<? extends O>> mapper) {
            super(downstream);
            this.mapper = mapper;
        }

        @Override
        public void onSubscribe(UniSubscription subscription) {
            if (!mapped) {
                super.onSubscribe(subscription);
            } else if (isCancelled()) {
                // cancelled while the item was being mapped: the mapped Uni ends at once
                subscription.cancel();
            } else {
                inner = subscription;
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void onItem(Object item) {
            if (mapped) {
                if (!isCancelled()) {
                    downstream.onItem((O) item);
                }
                return;
            }
            if (isCancelled()) {
                DiscardableResult.discard(item);
                return;
            }
            Uni<? extends O> uni;
            try {
                uni = mapper.apply((I) item);
            } catch (Throwable t) {
                downstream.onFailure(t);
                return;
            }
            mapped = true;
            AbstractUni.subscribe(uni, (UniSubscriber<Object>) (UniSubscriber<?>) this);
        }

        @Override
        public void cancel() {
            UniSubscription current = inner;
            if (current != null) {
                current.cancel();
            }
            super.cancel();
        }
    }

    private static final class OnEndOrCancellation<T> extends AbstractUni<T> {

        private final Uni<T> upstream;
        private final Consumer<Throwable> ended;
        private final Runnable cancelled;

        OnEndOrCancellation(Uni<T> upstream, Consumer<Throwable> ended, Runnable cancelled) {
            this.upstream = upstream;
            this.ended = ended;
            this.cancelled = cancelled;
        }

        @Override
        public void subscribe(UniSubscriber<? super T> subscriber) {
            AbstractUni.subscribe(upstream, new EndOrCancellation<T>(subscriber) {
                @Override
                void ended(T item, Throwable failure) {
                    try {
                        ended.accept(failure);
                    } catch (Throwable t) {
                        if (failure != null) {
                            t.addSuppressed(failure);
                        }
                        downstream.onFailure(t);
                        return;
                    }
                    pass(item, failure);
                }

                @Override
                void cancelled() {
                    cancelled.run();
                }
            });
        }
    }

    private static final class AfterTermination<T> extends AbstractUni<T> {

        private final Uni<T> upstream;
        private final Runnable action;

        AfterTermination(Uni<T> upstream, Runnable action) {
            this.upstream = upstream;
            this.action = action;
        }

        @Override
        public void subscribe(UniSubscriber<? super T> subscriber) {
            AbstractUni.subscribe(upstream, new EndOrCancellation<T>(subscriber) {
                @Override
                void ended(T item, Throwable failure) {
                    try {
                        pass(item, failure);
                    } finally {
                        action.run();
                    }
                }

                @Override
                void cancelled() {
                    action.run();
                }
            });
        }
    }

    /** Tells the end (an item or a failure) or a cancellation, whichever comes first, once: the two may race. */
    private abstract static class EndOrCancellation<T> extends UniOperatorProcessor<T, T> {

        private boolean over;

        EndOrCancellation(UniSubscriber<? super T> downstream) {
            super(downstream);
        }

        /** The item, or {@code null} and the failure; {@link #pass} hands it on. */
        abstract void ended(T item, Throwable failure);

        abstract void cancelled();

        final void pass(T item, Throwable failure) {
            if (failure == null) {
                downstream.onItem(item);
            } else {
                downstream.onFailure(failure);
            }
        }

        @Override
        public final void onItem(T item) {
            if (!isCancelled() && claim()) {
                ended(item, null);
            }
        }

        @Override
        public final void onFailure(Throwable failure) {
            if (!isCancelled() && claim()) {
                ended(null, failure);
            }
        }

        @Override
        public final void cancel() {
            if (!isCancelled()) {
                super.cancel();
                if (claim()) {
                    cancelled();
                }
            }
        }

        private synchronized boolean claim() {
            if (over) {
                return false;
            }
            over = true;
            return true;
        }
    }
}
