package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.smallrye.mutiny.Uni;

/**
 * The JSON-RPC 2.0 and 1.0 protocol, once for every transport: a message's bytes in, the response's bytes out.
 * Transports only move bytes; everything the specification says happens here.
 * <p>
 * The calls of a message run concurrently; the returned {@code Uni} completes when all are answered, with
 * {@code null} when the message asks for no response (notifications only).
 */
public final class JsonRpcEngine {

    private final MethodTable methods;
    private final Duration defaultTimeout;
    private final CallAdmission admission;
    private final RequestParser parser;
    private final ParamBinder binder;
    private final ResponseWriter writer;
    private final ErrorMapper errors;
    private final Batches batches;
    private final CallReplies replies;
    private final ReservedMethods reserved;
    /** What {@link #handle} makes of a message's unforeseen failure: made once, as it is the same for every message. */
    private final BiFunction<Reply, Throwable, Reply> messageGuard;
    /** {@code null} when nothing listens: then no call pays for observation. */
    private final CallListener listener;
    /** Whether a method has filters: the members of a batch are then followed, to tell them once it is answered. */
    private final boolean filtered;

    public JsonRpcEngine(MethodTable methods, ObjectMapper mapper, EngineOptions options) {
        this(methods, mapper, options, null);
    }

    /** @param listener told of every call; {@code null} for none */
    public JsonRpcEngine(MethodTable methods, ObjectMapper mapper, EngineOptions options, CallListener listener) {
        this(methods, mapper, options, listener, new CallAdmission());
    }

    /** @param admission shared with the engines of the server's other endpoints */
    public JsonRpcEngine(MethodTable methods, ObjectMapper mapper, EngineOptions options, CallListener listener,
            CallAdmission admission) {
        this.listener = listener;
        this.admission = admission;
        this.methods = methods;
        this.filtered = methods.filtered();
        this.defaultTimeout = options.timeout();
        this.parser = new RequestParser(mapper, options.maxBatchSize(), options.readLimits());
        this.binder = new ParamBinder(mapper, options.requiredCreatorParams());
        this.writer = new ResponseWriter(mapper, options.maxResponseSize());
        this.errors = new ErrorMapper(options.declaredErrors(), options.includeDetails());
        this.messageGuard = (answer, failure) -> failure == null ? answer
                : messageError(errors.engineFailure(failure, null, "message"));
        this.batches = new Batches(options.maxBatchSize(), options.maxResponseSize(), writer, errors);
        this.replies = new CallReplies(writer, errors, options.maxResponseSize());
        this.reserved = new ReservedMethods(options.openRpcDocument(), replies);
    }

    /**
     * Handles one message: a request or a batch. Never fails: every problem is a JSON-RPC error response, and an
     * exception nobody foresaw (a bug of the engine's, or of Jackson's) is -32603, logged: a transport that got it
     * would answer an HTTP request with a stack trace, and leave a WebSocket message unanswered.
     */
    public Uni<Reply> handle(byte[] message, TransportSession session) {
        try {
            return handleMessage(message, session);
        } catch (Throwable t) {
            return Uni.createFrom().item(messageGuard.apply(null, t));
        }
    }

    private Uni<Reply> handleMessage(byte[] message, TransportSession session) {
        RequestParser.Message parsed;
        try {
            parsed = parser.parse(message);
        } catch (IOException e) {
            return Uni.createFrom().item(messageError(ErrorObject.parseError(ParseFailures.describe(e))));
        }
        List<Request> requests = parsed.requests();
        if (parsed.batch()) {
            String refused = batches.refused(parsed.size());
            if (refused != null) {
                return invalidMessage(refused);
            }
        }
        // a message, request or batch, is one call against the session's in-flight limit
        boolean accepted = session.startCall();
        // the members of a batch are told to filters and listeners once the batch is answered: see Batches#reply
        ObservedCall.InBatch[] observed = parsed.batch() && (listener != null || filtered)
                ? new ObservedCall.InBatch[requests.size()]
                : null;
        List<Uni<Reply>> calls = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            ObservedCall call = observe(request, session, observed, i);
            // a member that is no call is answered as ever, -32600 even without an id: it runs nothing to refuse; nor
            // does rpc.unsubscribe, answered at once, which frees what a client at its limit has to free
            calls.add(accepted || !request.isValid() || ReservedMethods.UNSUBSCRIBE.equals(request.method())
                    ? execute(request, session, call)
                    : tooManyCalls(request, call));
        }
        Uni<Reply> reply = calls.get(0);
        if (parsed.batch()) {
            reply = Uni.join().all(calls).andFailFast().map(replies -> batches.reply(requests, replies, observed, session));
            // a call's answer fails nothing unforeseen (guarded); the batch's is made here, and is guarded here
            reply = UndecoratedUni.transform(reply, messageGuard);
            if (observed != null) {
                reply = UndecoratedUni.onEndOrCancellation(reply, failure -> Batches.answered(observed),
                        () -> Batches.cancelled(observed));
            }
        }
        return accepted ? UndecoratedUni.onTermination(reply, session::endCall) : reply;
    }

    /** What follows a call for its listeners, and a batch's member for its filters; {@code null} where nothing does. */
    private ObservedCall observe(Request request, TransportSession session, ObservedCall.InBatch[] batch, int index) {
        if (!request.isValid()) {
            return null;
        }
        if (batch != null) {
            return batch[index] = ObservedCall.startInBatch(listener, request, session);
        }
        return listener == null ? null : ObservedCall.start(listener, request, session);
    }

    /** A call over the session's in-flight limit: refused, and its listeners told, as of any call refused. */
    private Uni<Reply> tooManyCalls(Request request, ObservedCall call) {
        if (call == null) {
            return respondWithError(request, ErrorObject.tooManyCalls(), null);
        }
        return UndecoratedUni.onEndOrCancellation(respondWithError(request, ErrorObject.tooManyCalls(), call),
                call::ended, call::cancelled);
    }

    private Uni<Reply> invalidMessage(String detail) {
        return Uni.createFrom().item(messageError(ErrorObject.invalidRequest(detail)));
    }

    private Reply messageError(ErrorObject error) {
        return new Reply(writer.error(JsonRpcVersion.V2, RequestId.NULL, error), error.code());
    }

    /** @param call what the listeners follow; {@code null} when none listens or the request names no method */
    private Uni<Reply> execute(Request request, TransportSession session, ObservedCall call) {
        if (!request.isValid()) {
            // answered, but no call: it names no method
            return guarded(request, session, null);
        }
        Uni<Reply> reply;
        admission.inFlight.increment();
        if (call == null) {
            reply = guarded(request, session, null);
        } else {
            reply = UndecoratedUni.onEndOrCancellation(guarded(request, session, call), call::ended, call::cancelled);
        }
        // over once its answer is handed to the transport, or it is cancelled (its connection closed): graceful
        // shutdown closes the connections when no call is in flight, and must not overtake an answer on its way
        return UndecoratedUni.afterTermination(reply, admission.inFlight::decrement);
    }

    /**
     * The answer to a request, whatever fails: an exception nobody foresaw is this request's -32603, so that its call
     * still ends (its count in flight, its listeners), and the other members of its batch are answered. Thrown while
     * the answer is being made, it is caught here; where the answer comes later, the step that makes it catches it
     * ({@link #outcome}, {@link #guard}), so that a call pays for no operator of its own.
     */
    private Uni<Reply> guarded(Request request, TransportSession session, ObservedCall call) {
        try {
            return answer(request, session, call);
        } catch (Throwable t) {
            return Uni.createFrom().item(unforeseen(request, call, t));
        }
    }

    /**
     * An answer to come by a way {@link #outcome} is not on: its unforeseen failure is the request's -32603, which the
     * filters asked so far are told.
     */
    private Uni<Reply> guard(Uni<Reply> reply, Request request, ObservedCall call, CallFilters filters,
            CallContext context) {
        return UndecoratedUni.transform(reply, (answer, failure) -> failure == null ? answer
                : unforeseen(request, call, failure, filters, context));
    }

    private Reply unforeseen(Request request, ObservedCall call, Throwable failure) {
        return unforeseen(request, call, failure, null, null);
    }

    /** The request's -32603 for a failure of the server itself; its filters, where asked, are told it. */
    private Reply unforeseen(Request request, ObservedCall call, Throwable failure, CallFilters filters,
            CallContext context) {
        ErrorObject error = errors.engineFailure(failure, request.method(), request.logged());
        if (filters != null) {
            filters.afterUnforeseen(context, error);
        }
        return replies.error(request, error, call);
    }

    private Uni<Reply> answer(Request request, TransportSession session, ObservedCall call) {
        if (!request.isValid()) {
            // answered even without an id: the client must learn that it was not understood
            ErrorObject error = ErrorObject.invalidRequest(request.invalidReason());
            return Uni.createFrom().item(new Reply(writer.error(request.version(), request.responseId(), error),
                    error.code()));
        }
        if (reserved.answers(request.method())) {
            return Uni.createFrom().item(reserved.answer(request, session, call));
        }
        RpcMethod method = methods.lookup(request.method(), session.transport());
        if (method == null) {
            return respondWithError(request, methods.contains(request.method())
                    ? ErrorObject.methodNotFound(request.method(), session.transport())
                    : ErrorObject.methodNotFound(request.method()), call);
        }
        CallContext context = session.context(new CallInfo(request, call));
        CallFilters filters = method.filters();
        if (filters == null) {
            return run(method, request, session, call, context);
        }
        try {
            return throughFilters(filters, method, request, session, call, context);
        } catch (Throwable t) {
            return Uni.createFrom().item(unforeseen(request, call, t, filters, context));
        }
    }

    /**
     * A call its filters decide on; what fails here unforeseen is the call's -32603, which the filters asked so far
     * are told, as of any other outcome.
     */
    private Uni<Reply> throughFilters(CallFilters filters, RpcMethod method, Request request,
            TransportSession session, ObservedCall call, CallContext context) {
        CallFilters.Admission decision = filters.before(context, request, errors);
        if (decision.refusal() != null) {
            return respondWithError(request, decision.refusal(), call);
        }
        if (decision.pending() != null) {
            return guard(decision.pending().onItem().transformToUni(refusal -> refusal != null
                    ? respondWithError(request, refusal, call)
                    : run(method, request, session, call, context)), request, call, filters, context);
        }
        return run(method, request, session, call, context);
    }

    /**
     * A call whose params cannot be bound. A caller the method refuses is told that, not what the method takes nor
     * that the server could not read it (whose error, a bug's, is only made, and logged, for a caller it lets call).
     */
    private Uni<Reply> refuseUnbound(RpcMethod method, Request request, Supplier<ErrorObject> unbound,
            ObservedCall call, CallContext context) {
        CallFilters filters = method.filters();
        if (method.callerCheck() == null) {
            return refuse(filters, request, unbound.get(), call, context);
        }
        return guard(method.callerCheck().check(context)
                .onItemOrFailure().transformToUni((allowed, refused) -> refuse(filters, request,
                        refused == null ? unbound.get() : errors.map(refused, request, context.observed()), call,
                        context)),
                request, call, filters, context);
    }

    /** A call its filters let run: its params bound, its method called, its outcome told to the filters. */
    private Uni<Reply> run(RpcMethod method, Request request, TransportSession session, ObservedCall call,
            CallContext context) {
        CallFilters filters = method.filters();
        Object[] args;
        try {
            args = binder.bind(method, request.params(), context);
        } catch (InvalidParamsException e) {
            return refuseUnbound(method, request, () -> ErrorObject.invalidParams(e.getMessage()), call, context);
        } catch (UnreadableTypeException e) {
            return refuseUnbound(method, request, () -> errors.map(e, request, context.observed()), call, context);
        }
        if (admission.stopping) {
            return refuse(filters, request, ErrorObject.shuttingDown(), call, context);
        }
        Uni<Object> result;
        try {
            result = method.call().call(args, context);
        } catch (Throwable t) {
            result = Uni.createFrom().failure(t);
        }
        Duration timeout = method.timeout() != null ? method.timeout() : defaultTimeout;
        if (timeout != null) {
            // the failure cancels the method's Uni; a blocking method's thread runs on, its result is dropped
            result = result.ifNoItem().after(timeout).failWith(() -> new CallTimeoutException(timeout));
        }
        return UndecoratedUni.transform(result, (value, failure) -> outcome(filters, request, session, value,
                failure, call, context));
    }

    /** The answer to a call whose method ended; what fails here unforeseen is the call's -32603 ({@link #guarded}). */
    private Reply outcome(CallFilters filters, Request request, TransportSession session, Object value,
            Throwable failure, ObservedCall call, CallContext context) {
        try {
            if (filters != null) {
                return filtered(filters, request, session, value, failure, call, context);
            }
            return failure == null ? replies.result(request, session, value, call, null, null)
                    : replies.error(request, mapInCall(failure, request, context), call);
        } catch (Throwable t) {
            return unforeseen(request, call, t, filters, context);
        }
    }

    /**
     * What a method failed with, as the client sees it. The call's listeners' context (its span) is current meanwhile,
     * so that what the mapping logs carries the call's trace id: the method's scope has closed by now, and a timeout
     * fails the call on a timer's thread.
     */
    private ErrorObject mapInCall(Throwable failure, Request request, CallContext context) {
        AutoCloseable scope = context.enterCall();
        try {
            return errors.map(failure, request, context.observed());
        } finally {
            CallContext.leave(scope);
        }
    }

    /** The answer to a call its filters let run: they are told its outcome first. */
    private Reply filtered(CallFilters filters, Request request, TransportSession session, Object value,
            Throwable failure, ObservedCall call, CallContext context) {
        if (failure == null) {
            return replies.result(request, session, value, call, filters, context);
        }
        ErrorObject error = mapInCall(failure, request, context);
        filters.after(context, null, error);
        return replies.error(request, error, call);
    }

    /** A call refused before its method ran; filters that let it through are told. */
    private Uni<Reply> refuse(CallFilters filters, Request request, ErrorObject error, ObservedCall call,
            CallContext context) {
        if (filters != null) {
            filters.after(context, null, error);
        }
        return respondWithError(request, error, call);
    }

    /**
     * Whether a call of this name can reach a method: one the application declares, or a reserved one the server
     * answers. Any other name is one a client made up, and metrics and spans must not take it as a tag or a name.
     */
    public boolean declares(String method) {
        return methods.contains(method) || reserved.answers(method);
    }

    /** Whether calls are taken, and how many are being answered, by this engine and those it shares it with. */
    public CallAdmission admission() {
        return admission;
    }

    /** The error the failure of a stream a method returned gives the client of the subscription. */
    public ErrorObject errorOfStream(Throwable failure, String method, String subscriptionId) {
        return errors.map(failure, method, "subscription " + subscriptionId);
    }

    private Uni<Reply> respondWithError(Request request, ErrorObject error, ObservedCall call) {
        return Uni.createFrom().item(replies.error(request, error, call));
    }
}
