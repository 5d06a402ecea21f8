package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import kotlin.coroutines.AbstractCoroutineContextElement;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.ThreadContextElement;

/**
 * The request context of a call, in the context of the coroutine that serves it: wherever the coroutine runs, on the
 * call's event loop after a suspension point or on another dispatcher ({@code withContext(Dispatchers.IO)}, whose
 * coroutines inherit the element), the call's request context is active, so that request-scoped beans and the injected
 * {@code JsonRpcContext} answer for the call. Where a request context is active already (on the calling thread, as the
 * coroutine starts), the element leaves it be.
 */
final class RequestContextElement extends AbstractCoroutineContextElement implements ThreadContextElement<Boolean> {

    private static final CoroutineContext.Key<RequestContextElement> KEY = new CoroutineContext.Key<>() {
    };

    private final ManagedContext requestContext;
    private final ContextState state;

    RequestContextElement(ManagedContext requestContext, ContextState state) {
        super(KEY);
        this.requestContext = requestContext;
        this.state = state;
    }

    /** @return whether it activated the request context, which {@link #restoreThreadContext} then deactivates */
    @Override
    public Boolean updateThreadContext(CoroutineContext context) {
        if (requestContext.isActive()) {
            return Boolean.FALSE;
        }
        requestContext.activate(state);
        return Boolean.TRUE;
    }

    @Override
    public void restoreThreadContext(CoroutineContext context, Boolean activated) {
        if (activated) {
            requestContext.deactivate();
        }
    }
}
