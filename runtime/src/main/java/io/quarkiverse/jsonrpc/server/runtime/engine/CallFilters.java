package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.smallrye.mutiny.Uni;

/** The {@link JsonRpcFilter}s of one method, in their order, run around each of its calls as one. */
public final class CallFilters {

    private static final Logger LOG = Logger.getLogger(CallFilters.class);

    /**
     * One filter.
     *
     * @param name what the log calls it: its bean class
     */
    public record Filter(String name, JsonRpcFilter filter) {
    }

    private final Filter[] filters;
    /** The method's exception mappers, which map what a filter throws as what the method throws; may be null. */
    private final ExceptionMappers mappers;

    private CallFilters(List<Filter> filters, ExceptionMappers mappers) {
        this.filters = filters.toArray(Filter[]::new);
        this.mappers = mappers;
    }

    /**
     * The filters of one method: those of the application's that {@linkplain JsonRpcFilter#appliesTo apply to it}.
     *
     * @param filters the application's filters, in the order they run
     * @return {@code null} for none, so that the engine skips the work
     */
    public static CallFilters forMethod(List<Filter> filters, String method) {
        return forMethod(filters, null, method, null);
    }

    /**
     * @param endpoint the path of the method's {@code @JsonRpcEndpoint}; {@code null} for the configured paths
     * @param mappers the method's exception mappers, {@code null} for none: what a filter throws, they map as they
     *        map what the method throws
     */
    public static CallFilters forMethod(List<Filter> filters, String endpoint, String method, ExceptionMappers mappers) {
        List<Filter> applying = filters.stream().filter(filter -> filter.filter().appliesTo(endpoint, method)).toList();
        return applying.isEmpty() ? null : new CallFilters(applying, mappers);
    }

    /**
     * What the filters decided before a call: to run it, to refuse it, or to decide later.
     *
     * @param refusal the error the call is refused with, {@code after} already told; {@code null} otherwise
     * @param pending completes with the refusal, or with {@code null} to run the call, when a filter decides later
     */
    record Admission(ErrorObject refusal, Uni<ErrorObject> pending) {

        static final Admission ADMITTED = new Admission(null, null);
    }

    /**
     * Runs every filter's {@link JsonRpcFilter#before}, in order, until one refuses. From the first filter that
     * decides later ({@link JsonRpcFilter#beforeAsync}) on, the rest run when it has decided, back on the call's
     * thread.
     */
    Admission before(CallContext call, Request request, ErrorMapper errors) {
        return before(call, request, errors, 0);
    }

    private Admission before(CallContext call, Request request, ErrorMapper errors, int first) {
        // the filters see the session's scope, as the method does
        AutoCloseable scope = call.enterScope();
        try {
            return beforeInScope(call, request, errors, first);
        } finally {
            CallContext.leave(scope);
        }
    }

    private Admission beforeInScope(CallContext call, Request request, ErrorMapper errors, int first) {
        for (int i = first; i < filters.length; i++) {
            ErrorObject refusal;
            call.filtersAsked = i + 1;
            try {
                Uni<Void> decision = filters[i].filter().beforeAsync(call, request.params());
                if (decision != null) {
                    return new Admission(null, later(decision, call, request, errors, i));
                }
                filters[i].filter().before(call, request.params());
                continue;
            } catch (Throwable e) {
                // not only RuntimeException: a Kotlin filter, or a sneaky throw, raises checked exceptions, and an
                // Error (an assertion) is the filter's bug too; escaping here, it would leave the call unanswered
                // (WebSocket) or answered by Vert.x with its stack trace (HTTP)
                if (mapped(e)) {
                    return new Admission(null, mappedRefusal(e, call, request, errors, i));
                }
                refusal = refusal(e, call, request, errors, i);
            }
            after(call, null, refusal, i);
            return new Admission(refusal, null);
        }
        return Admission.ADMITTED;
    }

    /** The rest of the filters, once filter {@code i} has decided, on the thread the call came on. */
    private Uni<ErrorObject> later(Uni<Void> decision, CallContext call, Request request, ErrorMapper errors, int i) {
        Executor resumer = call.resumer();
        return decision.emitOn(resumer).onItemOrFailure().transformToUni((ignored, failure) -> {
            if (failure != null) {
                if (mapped(failure)) {
                    return mappedRefusal(failure, call, request, errors, i);
                }
                ErrorObject refusal = refusal(failure, call, request, errors, i);
                after(call, null, refusal, i);
                return Uni.createFrom().item(refusal);
            }
            Admission rest = before(call, request, errors, i + 1);
            return rest.pending() != null ? rest.pending() : Uni.createFrom().item(rest.refusal());
        });
    }

    /** Whether one of the method's exception mappers takes what a filter threw. */
    private boolean mapped(Throwable failure) {
        return mappers != null && !(failure instanceof JsonRpcException) && mappers.takes(failure);
    }

    /** The refusal a mapper makes of what filter {@code i} threw, on the thread the call came on. */
    private Uni<ErrorObject> mappedRefusal(Throwable failure, CallContext call, Request request, ErrorMapper errors,
            int i) {
        return mappers.recover(failure, call).emitOn(call.resumer()).onItemOrFailure().transform((ignored, mapped) -> {
            ErrorObject refusal = refusal(mapped, call, request, errors, i);
            after(call, null, refusal, i);
            return refusal;
        });
    }

    /**
     * The error of what filter {@code i} threw: a {@link JsonRpcException}, an exception that declares its error (or
     * a security one), or one a mapper mapped, refuse the call with their error, as from the method; anything else
     * is a bug of the filter, which the call's listeners are told of as a method's.
     */
    private ErrorObject refusal(Throwable failure, CallContext call, Request request, ErrorMapper errors, int i) {
        if (failure instanceof JsonRpcException e) {
            LOG.debugf("Method %s [%s] refused by %s with error %d: %s", request.method(), request.logged(),
                    filters[i].name(), e.getCode(), e.getMessage());
            return new ErrorObject(e.getCode(), e.getMessage(), e.getData());
        }
        if (failure instanceof ExceptionMappers.MappedException || failure instanceof ExceptionMappers.MapperFailedException
                || errors.declares(failure)) {
            return errors.map(failure, request, call.observed());
        }
        return errors.map(new FilterFailedException(filters[i].name(), failure), request, call.observed());
    }

    /**
     * Tells every filter the outcome, in reverse order. Those of a call of a batch are told it once the batch is
     * answered, where the size limit may yet replace a result ({@link ObservedCall.InBatch#deferFilters}); a batch
     * cancelled before then tells them nothing, its errors included, as the client gets none.
     */
    void after(CallContext call, Object result, ErrorObject error) {
        after(call, result, error, filters.length - 1);
    }

    /**
     * Tells the filters asked so far a failure of the server itself, unless they have been told the outcome already:
     * every filter whose {@code before} ran is told, whatever ends the call.
     */
    void afterUnforeseen(CallContext call, ErrorObject error) {
        if (!call.filtersTold && call.filtersAsked > 0) {
            after(call, null, error, call.filtersAsked - 1);
        }
    }

    /** Tells filters {@code last} down to the first the outcome, or has them told once the batch is answered. */
    private void after(CallContext call, Object result, ErrorObject error, int last) {
        call.filtersTold = true;
        ObservedCall.InBatch member = call.inBatch();
        if (member != null) {
            member.deferFilters(this, call, result, error, last);
        } else {
            tell(call, result, error, last);
        }
    }

    /** Tells filters {@code last} down to the first the outcome, now. */
    void tell(CallContext call, Object result, ErrorObject error, int last) {
        JsonRpcException exception = error == null ? null
                : new JsonRpcException(error.code(), error.message(), error.data());
        AutoCloseable scope = call.enterScope();
        try {
            for (int i = last; i >= 0; i--) {
                try {
                    filters[i].filter().after(call, result, exception);
                } catch (Throwable e) {
                    // any Throwable, as in before: what escapes would fail the answer of a call that has its outcome
                    LOG.errorf(e, "JSON-RPC filter %s failed after the call of %s [id: %s]", filters[i].name(),
                            call.method(), call.requestId());
                }
            }
        } finally {
            CallContext.leave(scope);
        }
    }

    /** A filter that threw something else than a refusal: a bug of the application, answered -32603. */
    static final class FilterFailedException extends RuntimeException {
        FilterFailedException(String filter, Throwable cause) {
            super("JSON-RPC filter " + filter + " failed: " + cause, cause);
        }
    }
}
