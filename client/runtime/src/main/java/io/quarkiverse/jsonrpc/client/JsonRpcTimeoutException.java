package io.quarkiverse.jsonrpc.client;

/** No answer came within the call's timeout ({@code @JsonRpc(timeout)}, else the client's {@code timeout}). */
public class JsonRpcTimeoutException extends JsonRpcTransportException {

    private static final long serialVersionUID = 1L;

    public JsonRpcTimeoutException(String message) {
        super(message, null);
    }
}
