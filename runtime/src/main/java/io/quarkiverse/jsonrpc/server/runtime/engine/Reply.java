package io.quarkiverse.jsonrpc.server.runtime.engine;

/**
 * What the engine answers to one message.
 *
 * @param bytes the response or batch response, UTF-8 JSON
 * @param errorCode the error code of a single error response; 0 for a result or a batch, where HTTP stays at 200
 */
public record Reply(byte[] bytes, int errorCode) {

    static Reply of(byte[] bytes) {
        return bytes == null ? null : new Reply(bytes, 0);
    }
}
