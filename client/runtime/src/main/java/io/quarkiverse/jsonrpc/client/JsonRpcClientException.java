package io.quarkiverse.jsonrpc.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server answered a call with a JSON-RPC error: its {@link #code()}, {@link #getMessage() message} and
 * {@link #data()}, as the server sent them.
 */
public class JsonRpcClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonNode data;
    private final String method;

    public JsonRpcClientException(String method, int code, String message, JsonNode data) {
        super(message);
        this.method = method;
        this.code = code;
        this.data = data;
    }

    /** The error's code: {@code -32601} for an unknown method, {@code -32602} for bad params, or the server's own. */
    public int code() {
        return code;
    }

    /** The error's {@code data} member; {@code null} when the server sent none. */
    public JsonNode data() {
        return data;
    }

    /** The JSON-RPC method that was called. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + method + " failed with " + code + " " + getMessage()
                + (data == null ? "" : " " + data);
    }
}
