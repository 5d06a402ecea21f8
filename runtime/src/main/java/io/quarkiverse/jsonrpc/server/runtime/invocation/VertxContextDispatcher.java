package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.Context;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CoroutineDispatcher;

/**
 * Runs a coroutine on the Vert.x context of the call that started it, as websockets-next and quarkus-rest run their
 * Kotlin {@code suspend} functions: on the event loop, each resumption after the other. Where the call had a request
 * context, each resumption runs in it again, so request-scoped beans keep their state across suspension points.
 */
final class VertxContextDispatcher extends CoroutineDispatcher {

    private final Context vertxContext;
    private final ManagedContext requestContext;
    /** {@code null} where the call has no request context. */
    private final ContextState requestState;

    VertxContextDispatcher(Context vertxContext, ManagedContext requestContext, ContextState requestState) {
        this.vertxContext = vertxContext;
        this.requestContext = requestContext;
        this.requestState = requestState;
    }

    @Override
    public void dispatch(CoroutineContext context, Runnable block) {
        vertxContext.runOnContext(ignored -> {
            if (requestState == null || requestContext.isActive()) {
                block.run();
                return;
            }
            requestContext.activate(requestState);
            try {
                block.run();
            } finally {
                requestContext.deactivate();
            }
        });
    }
}
