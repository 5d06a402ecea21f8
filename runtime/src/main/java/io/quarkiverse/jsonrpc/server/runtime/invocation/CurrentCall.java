package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.enterprise.context.RequestScoped;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkus.arc.Arc;

/**
 * The call a request context serves: set when a method runs in its request context, read by the
 * {@link CurrentJsonRpcContext} that beans inject. Request-scoped, so it follows the call wherever its request context
 * goes: the method's thread, and the stages of the {@code Uni} it returns, where context propagation restores it.
 */
@RequestScoped
public class CurrentCall {

    private JsonRpcContext context;

    /**
     * The holder to set for each call; {@code null} when nothing injects a {@code JsonRpcContext}: ArC then removed
     * the unused {@link CurrentJsonRpcContext}, and calls pay nothing to carry themselves.
     */
    static CurrentCall ifInjected() {
        return Arc.container().select(CurrentJsonRpcContext.class).isResolvable()
                ? Arc.container().instance(CurrentCall.class).get()
                : null;
    }

    /** The call; {@code null} when the request context serves none (a REST request, say). */
    JsonRpcContext get() {
        return context;
    }

    void set(JsonRpcContext context) {
        this.context = context;
    }
}
