package io.quarkiverse.jsonrpc.client.runtime;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.operators.UniOperator;
import io.smallrye.mutiny.operators.uni.UniOperatorProcessor;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

/**
 * A call's outcome delivered on the Vert.x context of whoever subscribed, as the Quarkus REST client delivers its
 * responses. A WebSocket connection's answers arrive on the context it was opened from, which every call it carries
 * shares: a request's callbacks would otherwise run without that request's context locals and logging context. On
 * the event loop the subscriber's context is, the outcome goes on at once, switched to that context; from another
 * thread it is handed to that event loop.
 */
final class OnCallersContext<T> extends UniOperator<T, T> {

    private OnCallersContext(Uni<T> upstream) {
        super(upstream);
    }

    static <T> Uni<T> of(Uni<T> call) {
        return new OnCallersContext<>(call);
    }

    @Override
    public void subscribe(UniSubscriber<? super T> subscriber) {
        ContextInternal caller = (ContextInternal) Vertx.currentContext();
        if (caller == null) {
            // a thread of the application's own, which no context follows
            AbstractUni.subscribe(upstream(), subscriber);
            return;
        }
        AbstractUni.subscribe(upstream(), new UniOperatorProcessor<T, T>(subscriber) {
            @Override
            public void onItem(T item) {
                deliver(item, super::onItem);
            }

            @Override
            public void onFailure(Throwable failure) {
                deliver(failure, super::onFailure);
            }

            private <E> void deliver(E outcome, Handler<E> next) {
                Context current = Vertx.currentContext();
                if (current == caller) {
                    next.handle(outcome);
                } else {
                    caller.emit(outcome, next);
                }
            }
        });
    }
}
