package io.quarkiverse.jsonrpc.client.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;

/** JSON-RPC error objects as exceptions. */
public final class ErrorObjects {

    private ErrorObjects() {
    }

    public static JsonRpcClientException toException(String method, JsonNode error) {
        JsonNode code = error.get("code");
        JsonNode message = error.get("message");
        JsonNode data = error.get("data");
        return new JsonRpcClientException(method, code != null && code.canConvertToInt() ? code.asInt() : 0,
                message != null && !message.isNull() ? message.asText() : "", data == null || data.isNull() ? null : data);
    }
}
