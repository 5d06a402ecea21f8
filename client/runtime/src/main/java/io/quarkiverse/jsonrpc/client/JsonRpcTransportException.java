package io.quarkiverse.jsonrpc.client;

/**
 * A call did not get an answer from the server: the connection could not be opened or was lost, the server answered
 * with something that is not JSON-RPC, or (as {@link JsonRpcTimeoutException}) no answer came in time. Whether the
 * server ran the method is unknown.
 */
public class JsonRpcTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public JsonRpcTransportException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    public JsonRpcTransportException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status of the server's answer; {@code -1} when there was none or over a WebSocket. */
    public int httpStatus() {
        return httpStatus;
    }
}
