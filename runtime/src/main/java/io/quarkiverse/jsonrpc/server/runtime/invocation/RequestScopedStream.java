package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkiverse.jsonrpc.server.runtime.engine.DiscardableResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.AbstractMulti;
import io.smallrye.mutiny.subscription.MultiSubscriber;

/**
 * The stream a method returned, with the request context of its call kept until the stream ends, as a {@code Uni}'s
 * is kept until its result: its items are made with the request-scoped beans the method saw. The context ends once,
 * when the stream completes, fails or is cancelled, or when it is discarded unsubscribed.
 */
final class RequestScopedStream extends AbstractMulti<Object> implements DiscardableResult {

    private final Multi<Object> stream;
    private final ContextEnd end;

    RequestScopedStream(Multi<Object> stream, Runnable endContext) {
        this.stream = stream;
        this.end = new ContextEnd(endContext);
    }

    @Override
    public void subscribe(MultiSubscriber<? super Object> subscriber) {
        stream.onTermination().invoke(end).subscribe().withSubscriber(subscriber);
    }

    @Override
    public void discard() {
        end.run();
    }
}
