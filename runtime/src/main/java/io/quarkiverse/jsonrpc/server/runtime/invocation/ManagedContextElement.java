package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import kotlin.coroutines.AbstractCoroutineContextElement;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.ThreadContextElement;

/**
 * A context of a call (its request context, its connection's session context), in the context of the coroutine that
 * serves it: wherever the coroutine runs, on the call's event loop after a suspension point or on another dispatcher
 * ({@code withContext(Dispatchers.IO)}, whose coroutines inherit the element), the call's context is active, so that
 * request-scoped beans, the injected {@code JsonRpcContext} and session-scoped beans answer for the call. Where the
 * call's context is active already (on the calling thread, as the coroutine starts), the element leaves it be; where
 * another's is, it gives that one back when the coroutine leaves the thread.
 */
final class ManagedContextElement extends AbstractCoroutineContextElement implements ThreadContextElement<Object> {

    /** The element of the call's request context. */
    static final CoroutineContext.Key<ManagedContextElement> REQUEST = new CoroutineContext.Key<>() {
    };
    /** The element of the call's session context. */
    static final CoroutineContext.Key<ManagedContextElement> SESSION = new CoroutineContext.Key<>() {
    };

    /** What {@link #updateThreadContext} gives where no context was active before it. */
    private static final Object NONE = new Object();

    private final ManagedContext context;
    private final ContextState state;

    ManagedContextElement(CoroutineContext.Key<ManagedContextElement> key, ManagedContext context,
            ContextState state) {
        super(key);
        this.context = context;
        this.state = state;
    }

    /** @return what {@link #restoreThreadContext} gives back: the call's state where it was active already */
    @Override
    public Object updateThreadContext(CoroutineContext coroutineContext) {
        ContextState before = context.getStateIfActive();
        if (before == state) {
            return state;
        }
        context.activate(state);
        return before == null ? NONE : before;
    }

    @Override
    public void restoreThreadContext(CoroutineContext coroutineContext, Object before) {
        if (before == state) {
            return;
        }
        if (before == NONE) {
            context.deactivate();
        } else {
            context.activate((ContextState) before);
        }
    }
}
