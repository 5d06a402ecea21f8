package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkiverse.jsonrpc.server.runtime.engine.DiscardableResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;

/**
 * The {@code Uni} a method returned (or its {@code CompletionStage}), with the request context of its call kept until
 * it completes: its later stages see the request-scoped beans the method saw. The context ends once, when the result
 * completes, fails or is cancelled, or when it is discarded unsubscribed (its call was cancelled while the method ran).
 */
final class RequestScopedResult extends AbstractUni<Object> implements DiscardableResult {

    private final Uni<Object> result;
    private final ContextEnd end;

    RequestScopedResult(Uni<Object> result, Runnable endContext) {
        this.result = result;
        this.end = new ContextEnd(endContext);
    }

    @Override
    public void subscribe(UniSubscriber<? super Object> subscriber) {
        result.onTermination().invoke(end).subscribe().withSubscriber(subscriber);
    }

    @Override
    public void discard() {
        end.run();
    }
}
