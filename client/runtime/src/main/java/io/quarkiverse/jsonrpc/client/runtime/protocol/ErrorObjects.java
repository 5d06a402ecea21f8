package io.quarkiverse.jsonrpc.client.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;

/** JSON-RPC error objects as exceptions. */
public final class ErrorObjects {

    private ErrorObjects() {
    }

    /**
     * The error as the exception its caller gets. An error that is not the specification's object, an integer
     * {@code code} and a string {@code message}, still fails the call: what it lacks is 0 for the code, and for the
     * message the error as the server wrote it, so that a person reads what came. A code that is no integer
     * ({@code "E42"}, {@code 1.5}) has no place in {@link JsonRpcClientException#code()}: the message keeps it, as the
     * error as written.
     */
    public static JsonRpcClientException toException(String method, JsonNode error) {
        JsonNode code = error.get("code");
        JsonNode message = error.get("message");
        JsonNode data = error.get("data");
        boolean integerCode = code != null && code.isIntegralNumber() && code.canConvertToInt();
        String text = message != null && message.isTextual() && (code == null || integerCode) ? message.asText()
                : error.isTextual() ? error.asText() : error.toString();
        return new JsonRpcClientException(method, integerCode ? code.asInt() : 0, text,
                data == null || data.isNull() ? null : data);
    }
}
