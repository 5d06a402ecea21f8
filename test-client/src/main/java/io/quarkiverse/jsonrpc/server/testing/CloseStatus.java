package io.quarkiverse.jsonrpc.server.testing;

/**
 * How a WebSocket connection ended: the code and reason of the server's close frame; {@code 1006} (with no reason
 * from the server) when the connection went away without one, {@code 1005} when the close frame had no code.
 *
 * @param code the close code, e.g. {@code 1000} for a normal closure, {@code 1008} for a policy violation
 * @param reason the reason the server gave; empty when it gave none
 */
public record CloseStatus(int code, String reason) {

    @Override
    public String toString() {
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }
}
