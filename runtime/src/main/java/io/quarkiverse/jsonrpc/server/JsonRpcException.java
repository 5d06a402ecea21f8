package io.quarkiverse.jsonrpc.server;

/**
 * An application error with a JSON-RPC code, message and optional data, sent to the client as the call's
 * {@code error} member. The data is serialized with the application's {@code ObjectMapper}.
 */
public class JsonRpcException extends RuntimeException {

    private final int code;
    private final transient Object data;

    public JsonRpcException(int code, String message) {
        this(code, message, null);
    }

    public JsonRpcException(int code, String message, Object data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public int getCode() {
        return code;
    }

    public Object getData() {
        return data;
    }
}
