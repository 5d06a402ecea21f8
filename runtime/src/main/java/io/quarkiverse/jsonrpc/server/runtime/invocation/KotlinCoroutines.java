package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.Arrays;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.coroutines.UniKt;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import kotlin.Unit;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.CoroutineStart;
import kotlinx.coroutines.Deferred;
import kotlinx.coroutines.Dispatchers;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.jdk9.ReactiveFlowKt;

/**
 * What the generated invokers of Kotlin methods call: a {@code suspend} function runs as a coroutine whose result is a
 * {@code Uni}, and a {@code Flow} result becomes a {@code Multi}. Both run on the caller's Vert.x context (see
 * {@link VertxContextDispatcher}). Loaded only where the application has such methods.
 */
public final class KotlinCoroutines {

    private KotlinCoroutines() {
    }

    /**
     * The invocation wrapper of a {@code suspend} function: starts it in a new coroutine, on the calling thread until
     * it first suspends (as a method returning {@code Uni} runs until it returns it), then on the Vert.x context.
     * Cancelling the {@code Uni} (a timeout, a closed connection) cancels the coroutine.
     *
     * @param arguments the arguments without the continuation, which the compiler added as the last parameter
     */
    public static Uni<Object> inCoroutine(Object instance, Object[] arguments, Invoker<Object, Object> invoker) {
        Object[] withContinuation = Arrays.copyOf(arguments, arguments.length + 1);
        Deferred<Object> call = BuildersKt.async(Arc.container().instance(CoroutineCalls.class).get(),
                dispatcher(true), CoroutineStart.UNDISPATCHED, (scope, continuation) -> {
                    withContinuation[arguments.length] = continuation;
                    try {
                        return invoker.invoke(instance, withContinuation);
                    } catch (Exception e) {
                        // the coroutine fails with the method's own exception, which the engine maps to an error
                        throw KotlinCoroutines.<RuntimeException> rethrow(e);
                    }
                });
        // a function returning Unit answers null, as a void method does
        return new CoroutineCall(UniKt.asUni(call).map(result -> result == Unit.INSTANCE ? null : result), call);
    }

    /**
     * The result of a coroutine: cancelling it cancels the coroutine, which then runs its {@code finally} blocks, in
     * the call's request context, which lasts until they are over.
     */
    private static final class CoroutineCall extends AbstractUni<Object> implements OutlivesCancellation {

        private final Uni<Object> result;
        private final Deferred<Object> coroutine;

        CoroutineCall(Uni<Object> result, Deferred<Object> coroutine) {
            this.result = result;
            this.coroutine = coroutine;
        }

        @Override
        public void subscribe(UniSubscriber<? super Object> subscriber) {
            AbstractUni.subscribe(result, subscriber);
        }

        @Override
        public void whenOver(Runnable action) {
            coroutine.invokeOnCompletion(ignored -> {
                action.run();
                return Unit.INSTANCE;
            });
        }
    }

    /**
     * The return value transformer of a method returning {@code Flow}: the flow as a {@code Multi} that respects the
     * subscriber's demand, so that the flow suspends while the connection is slow instead of filling a buffer.
     */
    @SuppressWarnings("unchecked")
    public static Multi<Object> toMulti(Object flow) {
        return Multi.createFrom().publisher(ReactiveFlowKt.asPublisher((Flow<Object>) flow, dispatcher(false)));
    }

    private static CoroutineContext dispatcher(boolean inRequestContext) {
        Context vertxContext = Vertx.currentContext();
        CoroutineContext dispatcher = vertxContext == null
                // called outside Vert.x (the engine on its own): resume wherever the awaited work completes
                ? Dispatchers.getUnconfined()
                : new VertxContextDispatcher(vertxContext);
        // the call's request and session contexts go with the coroutine: after each suspension point, and into the
        // coroutines it runs on other dispatchers (withContext(Dispatchers.IO))
        ManagedContext requestContext = Arc.container().requestContext();
        if (inRequestContext && requestContext.isActive()) {
            dispatcher = dispatcher.plus(
                    new ManagedContextElement(ManagedContextElement.REQUEST, requestContext, requestContext.getState()));
        }
        ManagedContext sessionContext = Arc.container().sessionContext();
        ContextState session = sessionContext == null ? null : sessionContext.getStateIfActive();
        if (session != null) {
            dispatcher = dispatcher.plus(new ManagedContextElement(ManagedContextElement.SESSION, sessionContext, session));
        }
        return dispatcher;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
