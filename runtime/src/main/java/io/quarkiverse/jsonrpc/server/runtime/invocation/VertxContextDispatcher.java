package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.vertx.core.Context;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CoroutineDispatcher;

/**
 * Runs a coroutine on the Vert.x context of the call that started it, as websockets-next and quarkus-rest run their
 * Kotlin {@code suspend} functions: on the event loop, each resumption after the other. The call's request context,
 * where it has one, and its connection's session context are the coroutine's {@link ManagedContextElement}s, which
 * activate them on whichever thread the coroutine runs.
 */
final class VertxContextDispatcher extends CoroutineDispatcher {

    private final Context vertxContext;

    VertxContextDispatcher(Context vertxContext) {
        this.vertxContext = vertxContext;
    }

    @Override
    public void dispatch(CoroutineContext context, Runnable block) {
        vertxContext.runOnContext(ignored -> block.run());
    }
}
