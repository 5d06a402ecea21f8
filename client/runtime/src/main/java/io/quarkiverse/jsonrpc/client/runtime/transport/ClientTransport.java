package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.util.Map;

import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;

/** Carries a client's messages to its server and the answers back; knows nothing of JSON-RPC but the ids. */
public interface ClientTransport {

    /**
     * Sends one message (a request, a notification or a batch).
     *
     * @param observation what the message's observers ask of an HTTP request; a WebSocket has no place for it
     * @param awaiting the handlers of the responses the message asks for, by request id
     * @param answerTimeoutMillis where nothing awaits a response (notifications), how long an HTTP exchange waits for
     *        the server's answer before it fails with a {@code JsonRpcTimeoutException} ({@code 0}: for ever); the
     *        requests of a message are timed by their calls
     * @param sent completed once the message is written (WebSocket) or the HTTP exchange is over
     */
    void send(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent);

    /** Stops waiting for the response to {@code id} (its call timed out or was cancelled). */
    void forget(long id);

    /** Whether the server can send notifications over it: a WebSocket can, HTTP cannot. */
    boolean carriesNotifications();

    /** Opens the connection now rather than at the first call, where there is one. */
    void connect();

    /**
     * The application is stopping: a connection that drops from now on stays closed, rather than reconnecting to a
     * server that may be stopping with it (the application's own, in dev mode's live reload).
     */
    default void stopReconnecting() {
    }

    Future<Void> close();
}
