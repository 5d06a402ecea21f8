package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.util.List;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;

/**
 * The reply to one call, from its outcome: its result, or the error it ended with. A result can still turn into an
 * error here (a subscription over the limit, a response too large, a result the mapper cannot write); a notification
 * gets none.
 */
final class CallReplies {

    private static final Logger LOG = Logger.getLogger(CallReplies.class);

    private final ResponseWriter writer;
    private final ErrorMapper errors;
    private final int maxResponseSize;

    CallReplies(ResponseWriter writer, ErrorMapper errors, int maxResponseSize) {
        this.writer = writer;
        this.errors = errors;
        this.maxResponseSize = maxResponseSize;
    }

    /** @return {@code null} for a notification, which is answered nothing */
    Reply error(Request request, ErrorObject error, ObservedCall call) {
        if (call != null) {
            call.failed(error);
        }
        if (request.isNotification()) {
            LOG.debugf("Notification %s ended with error %d: %s", request.method(), error.code(), error.message());
            return null;
        }
        return new Reply(writer.error(request.version(), request.responseId(), error), error.code());
    }

    /**
     * The reply to a method's result. The filters, where there are, are told the outcome the client gets. In a batch,
     * whose size limit may yet replace a result, they are told then ({@link Batches#reply}), as
     * {@link CallFilters#after} does.
     *
     * @return {@code null} for a notification, which is answered nothing
     */
    Reply result(Request request, TransportSession session, Object result, ObservedCall call, CallFilters filters,
            CallContext context) {
        if (request.isNotification()) {
            // a stream nobody will read
            DiscardableResult.discard(result);
            if (filters != null) {
                filters.after(context, result, null);
            }
            return null;
        }
        Object value = result;
        List<String> subscriptions = List.of();
        if (result instanceof Multi<?> stream) {
            String subscriptionId;
            try {
                subscriptionId = session.subscribe(request.method(), stream);
            } catch (TooManySubscriptionsException e) {
                DiscardableResult.discard(stream);
                return resultFailed(request, ErrorObject.tooManySubscriptions(e.limit()), call, filters, context);
            }
            if (subscriptionId == null) {
                // a method declared to return something else returned a stream, over HTTP: it exists, and ran
                DiscardableResult.discard(stream);
                return resultFailed(request, ErrorObject.internalError("The method returned a stream, which only a"
                        + " WebSocket connection carries"), call, filters, context);
            }
            value = subscriptionId;
            subscriptions = List.of(subscriptionId);
        }
        Reply reply;
        try {
            reply = new Reply(writer.result(request.version(), request.responseId(), value), 0, subscriptions);
        } catch (ResponseWriter.TooLargeException e) {
            subscriptions.forEach(session::unsubscribe);
            return resultFailed(request, errors.resultTooLarge(request, maxResponseSize), call, filters, context);
        } catch (IOException e) {
            subscriptions.forEach(session::unsubscribe);
            return resultFailed(request, errors.map(new ResultNotSerializableException(request, e), request,
                    ObservedCall.callOf(call)), call, filters, context);
        }
        if (filters != null) {
            filters.after(context, result, null);
        }
        return reply;
    }

    private Reply resultFailed(Request request, ErrorObject error, ObservedCall call, CallFilters filters,
            CallContext context) {
        if (filters != null) {
            filters.after(context, null, error);
        }
        return error(request, error, call);
    }

    /** A result the application's ObjectMapper could not write: a bug in the application, reported as -32603. */
    static final class ResultNotSerializableException extends RuntimeException {
        ResultNotSerializableException(Request request, IOException cause) {
            super("The result of " + request.method() + " could not be serialized: " + cause.getMessage(), cause);
        }
    }
}
