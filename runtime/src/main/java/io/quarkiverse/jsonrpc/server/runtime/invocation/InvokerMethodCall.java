package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodCall;
import io.quarkiverse.jsonrpc.server.runtime.engine.UndecoratedUni;
import io.quarkiverse.jsonrpc.server.runtime.security.CallerIdentity;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.virtual.threads.VirtualThreadsRecorder;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

/**
 * Calls a user method through its build-time generated invoker, on the thread its execution model asks for, inside a
 * request context of its own where the build found it needs one.
 */
public final class InvokerMethodCall implements MethodCall {

    private final Invoker<Object, Object> invoker;
    private final ExecutionModel executionModel;
    private final ResultKind resultKind;
    /** {@code null} where the method runs without a request context of its own. */
    private final ManagedContext requestContext;
    private final CallerIdentity caller = CallerIdentity.lookup();
    /**
     * What an injected {@code JsonRpcContext} reads, set in the request context the method runs in; {@code null}
     * where it runs in none, or where the application injects no {@code JsonRpcContext}.
     */
    private final CurrentCall currentCall;
    private final WorkerDispatcher workers;

    /** @param requestContext the context to activate around each call; {@code null} for none */
    public InvokerMethodCall(Invoker<Object, Object> invoker, ExecutionModel executionModel, ResultKind resultKind,
            ManagedContext requestContext, WorkerDispatcher workers) {
        this.invoker = invoker;
        this.workers = workers;
        this.executionModel = executionModel;
        this.resultKind = resultKind;
        this.requestContext = requestContext;
        this.currentCall = requestContext == null ? null : CurrentCall.ifInjected();
    }

    @Override
    public Uni<Object> call(Object[] args, JsonRpcContext context) {
        return switch (executionModel) {
            case EVENT_LOOP -> callHere(args, context);
            case WORKER -> callOnWorker(args, context);
            case VIRTUAL_THREAD -> callOnVirtualThread(args, context);
        };
    }

    private Uni<Object> callHere(Object[] args, JsonRpcContext context) {
        Context current = Vertx.currentContext();
        if (requestContext != null && current != null
                && (resultKind == ResultKind.UNI || resultKind == ResultKind.COMPLETION_STAGE)) {
            // the request context of a call that completes later is kept in a Vert.x context's locals until it does:
            // the calls of one message (a batch) or one connection must each have a context of their own, or a later
            // stage of one would see another's request-scoped beans
            ContextInternal own = ownContext(current);
            VertxContextSafetyToggle.setContextSafe(own, true);
            List<Uni<Object>> called = new ArrayList<>(1);
            own.dispatch(own, ignored -> called.add(callCatching(args, context)));
            return called.get(0);
        }
        return callCatching(args, context);
    }

    private Uni<Object> callCatching(Object[] args, JsonRpcContext context) {
        try {
            return toUni(invoke(args, context, null));
        } catch (Throwable t) {
            return Uni.createFrom().failure(t);
        }
    }

    private Uni<Object> callOnWorker(Object[] args, JsonRpcContext context) {
        Context current = Vertx.currentContext();
        if (current == null) {
            return Uni.createFrom().item(() -> invokeUnchecked(args, context))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .flatMap(this::toUni);
        }
        return completedLater(onThread(workers::execute, ownContext(current), args, context));
    }

    private Uni<Object> callOnVirtualThread(Object[] args, JsonRpcContext context) {
        // Quarkus's executor would run the method in the context current here
        return completedLater(onThread(InvokerMethodCall::onVirtualThread, ownContext(Vertx.currentContext()), args,
                context));
    }

    /**
     * A duplicated context of its own for one call: the calls of a batch, and those of one connection, run at once and
     * must not share context locals (their spans, their request context). {@code null} off any Vert.x context.
     */
    private static ContextInternal ownContext(Context current) {
        return current == null ? null : (ContextInternal) VertxContext.createNewDuplicatedContext(current);
    }

    private BlockingCall onThread(Consumer<WorkerDispatcher.Task> threads, ContextInternal callContext, Object[] args,
            JsonRpcContext context) {
        if (requestContext != null && resultKind == ResultKind.VALUE) {
            // the answer is written on the method's thread right after it returns: its request context stays active
            // until then, as a REST resource's does while its response is serialized, so that what the result
            // needs of it is there (an entity's lazy associations, loaded by the request-scoped session)
            ContextUntilAnswered until = new ContextUntilAnswered();
            return new BlockingCall(threads, callContext, () -> invoke(args, context, until), context, until);
        }
        return new BlockingCall(threads, callContext, () -> invoke(args, context, null), context, null);
    }

    /** A request context a call activated and left active for its answer: it ends once the answer is written. */
    private final class ContextUntilAnswered implements Runnable {

        /** Set and read on the method's thread. */
        private boolean activated;

        @Override
        public void run() {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** What a method run on a thread of its own returned; a {@code Uni} or a stage it returned is waited for. */
    private Uni<Object> completedLater(Uni<Object> onThread) {
        // not Mutiny's flatMap, which drops an item that comes after a cancellation, and with it the request context
        // the result holds: a method returning as its call is cancelled (its connection closed) would keep it
        return resultKind == ResultKind.UNI || resultKind == ResultKind.COMPLETION_STAGE
                ? UndecoratedUni.flatMap(onThread, this::toUni)
                : onThread;
    }

    private static void onVirtualThread(WorkerDispatcher.Task task) {
        try {
            VirtualThreadsRecorder.getCurrent().execute(task);
        } catch (RejectedExecutionException e) {
            task.rejected(e);
        }
    }

    private Object invokeUnchecked(Object[] args, JsonRpcContext context) {
        try {
            return invoke(args, context, null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MethodFailedException(e);
        }
    }

    /**
     * On the thread that runs the method: what the call's listeners carry (a span) is current while it runs.
     *
     * @param until where a request context this call activates is left active for the answer; {@code null} to end it
     *        when the method returns
     */
    private Object invoke(Object[] args, JsonRpcContext context, ContextUntilAnswered until) throws Exception {
        AutoCloseable observed = context instanceof CallContext call ? call.enterCall() : null;
        if (observed == null) {
            return requestContext == null ? invokeWithoutRequestContext(args)
                    : invokeInRequestContext(args, context, until);
        }
        try (observed) {
            return requestContext == null ? invokeWithoutRequestContext(args)
                    : invokeInRequestContext(args, context, until);
        }
    }

    private Object invokeWithoutRequestContext(Object[] args) throws Exception {
        try {
            return invoker.invoke(null, args);
        } catch (ContextNotActiveException e) {
            // another scope's context (a session's, over HTTP) is not the request context's to explain
            if (!RequestContextNeededException.isRequestContexts(e)) {
                throw e;
            }
            throw new RequestContextNeededException(e);
        }
    }

    private Object invokeInRequestContext(Object[] args, JsonRpcContext context, ContextUntilAnswered until)
            throws Exception {
        if (requestContext.isActive()) {
            caller.associate(context.identity());
            if (currentCall != null) {
                currentCall.set(context);
            }
            return invoker.invoke(null, args);
        }
        requestContext.activate();
        // whether the context outlives the method: for its result to complete, or for its answer to be written
        boolean kept = false;
        try {
            caller.associate(context.identity());
            if (currentCall != null) {
                currentCall.set(context);
            }
            Object result = invoker.invoke(null, args);
            boolean completesLater = resultKind == ResultKind.UNI || resultKind == ResultKind.COMPLETION_STAGE;
            if (result != null && (completesLater || result instanceof Multi<?>)) {
                // the context outlives the method: request-scoped beans stay usable until the result completes, or
                // the stream, whose items are made after the method has returned, ends
                ContextState state = requestContext.getState();
                requestContext.deactivate();
                kept = true;
                return completesLater ? destroyOnTermination(result, state)
                        : new RequestScopedStream((Multi<Object>) result, () -> requestContext.destroy(state));
            }
            if (until != null) {
                until.activated = true;
                kept = true;
            }
            return result;
        } finally {
            if (!kept) {
                requestContext.terminate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Object destroyOnTermination(Object result, ContextState state) {
        Uni<Object> uni = resultKind == ResultKind.UNI ? (Uni<Object>) result
                : Uni.createFrom().completionStage((CompletionStage<Object>) result);
        if (result instanceof OutlivesCancellation work) {
            // a coroutine cancelled by a timeout or a closed connection still runs its finally blocks, which may use
            // request-scoped beans: the context ends once the coroutine has, which is before its result is emitted
            work.whenOver(() -> requestContext.destroy(state));
            return uni;
        }
        return new RequestScopedResult(uni, () -> requestContext.destroy(state));
    }

    @SuppressWarnings("unchecked")
    private Uni<Object> toUni(Object result) {
        if (result == null) {
            return Uni.createFrom().nullItem();
        }
        return switch (resultKind) {
            // the stream itself is the result: the engine makes it a subscription
            case VALUE, MULTI -> Uni.createFrom().item(result);
            case VOID -> Uni.createFrom().nullItem();
            // destroyOnTermination has already made a Uni of a CompletionStage
            case UNI, COMPLETION_STAGE -> result instanceof Uni<?> uni ? (Uni<Object>) uni
                    : Uni.createFrom().completionStage((CompletionStage<Object>) result);
        };
    }

    /** A method reached request-scoped state the build could not see: the log says what to configure. */
    static final class RequestContextNeededException extends IllegalStateException {
        /** ArC's message names the scope whose context is not active. */
        static boolean isRequestContexts(ContextNotActiveException e) {
            // "Request context is not active", "RequestScoped context was not active when ..."
            return e.getMessage() != null && e.getMessage().startsWith("Request");
        }

        RequestContextNeededException(ContextNotActiveException cause) {
            super("No request context is active for this method: the build found no @RequestScoped bean that it uses."
                    + " Set quarkus.jsonrpc-server.activate-request-context=always if it reaches request-scoped state"
                    + " in a way no injection point shows (a static lookup)", cause);
        }
    }

    /** A checked exception thrown by a method called off the event loop, carried to the engine's error mapping. */
    static final class MethodFailedException extends java.util.concurrent.CompletionException {
        MethodFailedException(Exception cause) {
            super(cause);
        }
    }
}
