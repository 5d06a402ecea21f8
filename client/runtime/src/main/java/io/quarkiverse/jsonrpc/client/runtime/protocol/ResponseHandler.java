package io.quarkiverse.jsonrpc.client.runtime.protocol;

import java.util.Map;

/** Receives the answer to one request: its response, or why none will come. */
public interface ResponseHandler {

    void onResponse(Incoming.Response response);

    void onFailure(Throwable failure);

    /** Whether the answer is still wanted: false once the call settled (answered, failed, timed out or cancelled). */
    boolean waiting();

    /** Whether a message that asks for answers asks only for ones nobody wants any more. */
    static boolean noneWaiting(Map<Long, ResponseHandler> awaiting) {
        return !awaiting.isEmpty() && awaiting.values().stream().noneMatch(ResponseHandler::waiting);
    }
}
