package io.quarkiverse.jsonrpc.server.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request of a message, as parsed. An invalid request carries the reason in {@link #invalidReason()} and is
 * answered with -32600.
 *
 * @param version the protocol version the request speaks, and so the shape of its response
 * @param id the id; {@code null} when the member is absent
 * @param method the method name
 * @param params an {@code ArrayNode}, an {@code ObjectNode}, or {@code null} when absent
 * @param invalidReason why the request is invalid; {@code null} when it is valid
 */
record Request(JsonRpcVersion version, RequestId id, String method, JsonNode params, String invalidReason) {

    static Request invalid(JsonRpcVersion version, RequestId id, String reason) {
        return new Request(version, id, null, null, reason);
    }

    boolean isValid() {
        return invalidReason == null;
    }

    /** A notification gets no response: 2.0 says so of a request without id, 1.0 of one whose id is null. */
    boolean isNotification() {
        return version == JsonRpcVersion.V2 ? id == null : id == null || id.isNull();
    }

    /** Which call the log speaks of: {@code id: 7}, or {@code notification}, which has none to give. */
    String logged() {
        return isNotification() ? "notification" : "id: " + id;
    }

    /** The id to echo in a response: null where the request had none. */
    RequestId responseId() {
        return id == null ? RequestId.NULL : id;
    }
}
