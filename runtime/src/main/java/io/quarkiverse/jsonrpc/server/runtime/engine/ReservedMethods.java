package io.quarkiverse.jsonrpc.server.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The methods the server answers itself, under names JSON-RPC reserves: {@code rpc.discover}, the OpenRPC document,
 * where discovery is on, and {@code rpc.unsubscribe}, which ends a subscription.
 */
final class ReservedMethods {

    /** Ends a subscription; its only param is the subscription id. */
    static final String UNSUBSCRIBE = "rpc.unsubscribe";
    /** Answers the OpenRPC document (OpenRPC's service discovery method). */
    static final String DISCOVER = "rpc.discover";

    /** The result of {@code rpc.discover}; {@code null} when discovery is off, and the method does not exist. */
    private final RawValue openRpcDocument;
    private final CallReplies replies;

    ReservedMethods(String openRpcDocument, CallReplies replies) {
        this.openRpcDocument = openRpcDocument == null ? null : new RawValue(openRpcDocument);
        this.replies = replies;
    }

    /** Whether the server answers a call of this name itself. */
    boolean answers(String method) {
        return UNSUBSCRIBE.equals(method) || (openRpcDocument != null && DISCOVER.equals(method));
    }

    /** The answer to a call of one of them, which {@link #answers} says it is. */
    Reply answer(Request request, TransportSession session, ObservedCall call) {
        if (DISCOVER.equals(request.method())) {
            return discover(request, session, call);
        }
        return session.streams() ? unsubscribe(request, session, call)
                : replies.error(request, ErrorObject.methodNotFound(UNSUBSCRIBE, session.transport()), call);
    }

    /** {@code rpc.discover}: the OpenRPC document; it takes no params. */
    private Reply discover(Request request, TransportSession session, ObservedCall call) {
        JsonNode params = request.params();
        if (params != null && params.size() > 0) {
            return replies.error(request, ErrorObject.invalidParams("rpc.discover takes no params"), call);
        }
        return replies.result(request, session, openRpcDocument, call, null, null);
    }

    /** {@code rpc.unsubscribe}: ends a subscription; its only param is the subscription id. */
    private Reply unsubscribe(Request request, TransportSession session, ObservedCall call) {
        JsonNode params = request.params();
        JsonNode id = params == null ? null : params.isArray() ? params.get(0) : params.get("subscription");
        if (id == null || !id.isTextual() || params.size() != 1) {
            return replies.error(request, ErrorObject.invalidParams(
                    "rpc.unsubscribe takes one param, the subscription id: [\"<id>\"] or {\"subscription\": \"<id>\"}"),
                    call);
        }
        return replies.result(request, session, session.unsubscribe(id.asText()), call, null, null);
    }
}
