package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;

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

    private CallFilters(List<Filter> filters) {
        this.filters = filters.toArray(Filter[]::new);
    }

    /**
     * The filters of one method: those of the application's that {@linkplain JsonRpcFilter#appliesTo apply to it}.
     *
     * @param filters the application's filters, in the order they run
     * @return {@code null} for none, so that the engine skips the work
     */
    public static CallFilters forMethod(List<Filter> filters, String method) {
        List<Filter> applying = filters.stream().filter(filter -> filter.filter().appliesTo(method)).toList();
        return applying.isEmpty() ? null : new CallFilters(applying);
    }

    /**
     * Runs every filter's {@link JsonRpcFilter#before}, in order, until one refuses.
     *
     * @return {@code null} to run the call; else the error it is refused with, {@code after} already told
     */
    ErrorObject before(CallContext call, Request request, ErrorMapper errors) {
        for (int i = 0; i < filters.length; i++) {
            ErrorObject refusal;
            try {
                filters[i].filter().before(call, request.params());
                continue;
            } catch (JsonRpcException e) {
                LOG.debugf("Method %s [id: %s] refused by %s with error %d: %s", request.method(), request.id(),
                        filters[i].name(), e.getCode(), e.getMessage());
                refusal = new ErrorObject(e.getCode(), e.getMessage(), e.getData());
            } catch (RuntimeException e) {
                refusal = errors.map(new FilterFailedException(filters[i].name(), e), request);
            }
            after(call, null, refusal, i);
            return refusal;
        }
        return null;
    }

    /** Tells every filter the outcome, in reverse order. */
    void after(CallContext call, Object result, ErrorObject error) {
        after(call, result, error, filters.length - 1);
    }

    private void after(CallContext call, Object result, ErrorObject error, int last) {
        JsonRpcException exception = error == null ? null
                : new JsonRpcException(error.code(), error.message(), error.data());
        for (int i = last; i >= 0; i--) {
            try {
                filters[i].filter().after(call, result, exception);
            } catch (RuntimeException e) {
                LOG.errorf(e, "JSON-RPC filter %s failed after the call of %s [id: %s]", filters[i].name(),
                        call.method(), call.requestId());
            }
        }
    }

    /** A filter that threw something else than a refusal: a bug of the application, answered -32603. */
    static final class FilterFailedException extends RuntimeException {
        FilterFailedException(String filter, RuntimeException cause) {
            super("JSON-RPC filter " + filter + " failed: " + cause, cause);
        }
    }
}
