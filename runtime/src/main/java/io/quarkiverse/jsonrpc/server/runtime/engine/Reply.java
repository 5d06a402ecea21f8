package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;

/**
 * What the engine answers to one message.
 *
 * @param bytes the response or batch response, UTF-8 JSON
 * @param errorCode the error code of a single error response; 0 for a result or a batch, where HTTP stays at 200
 * @param subscriptions the ids of the subscriptions the response carries, to start once it is sent: their items must
 *        not overtake it, and the answers to other messages must not start them before
 */
public record Reply(byte[] bytes, int errorCode, List<String> subscriptions) {

    public Reply(byte[] bytes, int errorCode) {
        this(bytes, errorCode, List.of());
    }

    static Reply of(byte[] bytes, List<String> subscriptions) {
        return bytes == null ? null : new Reply(bytes, 0, subscriptions);
    }
}
