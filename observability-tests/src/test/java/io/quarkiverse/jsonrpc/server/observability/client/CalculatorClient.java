package io.quarkiverse.jsonrpc.server.observability.client;

import java.util.List;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.smallrye.mutiny.Uni;

/** The server's {@code Calculator} as its client sees it. */
@RegisterJsonRpcClient(configKey = "calc")
public interface CalculatorClient {

    @JsonRpc
    int subtract(int minuend, int subtrahend);

    @JsonRpc
    List<String> traceparents();

    @JsonRpc
    int refuse();

    /** Answered with an application's own error code, which the interface's mapper makes an {@link Overdrawn}. */
    @JsonRpc
    int overdraw();

    /** The server's {@code subtract}, whose result (a number) this client cannot read. */
    @JsonRpc("subtract")
    List<String> subtractAsWords(int minuend, int subtrahend);

    /** Not answered while the server holds it: the client gives up first. */
    @JsonRpc(timeout = "200ms")
    boolean held();

    /** Never answered: the caller gives it up. */
    @JsonRpc
    Uni<String> pending();

    /** Fails before it is sent when the client's ObjectMapper cannot write its param (an empty bean, say). */
    @JsonRpc
    @JsonRpcNotification
    void note(Object value);

    /** What the caller of {@code overdraw} gets: its telemetry still tells the server's error. */
    class Overdrawn extends RuntimeException {
        public Overdrawn(String message) {
            super(message);
        }
    }

    @JsonRpcClientExceptionMapper
    static RuntimeException toException(JsonRpcClientException error) {
        return error.code() == 4001 ? new Overdrawn(error.getMessage()) : null;
    }
}
