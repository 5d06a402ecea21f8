package io.quarkiverse.jsonrpc.server.runtime.push;

/**
 * A notification on its way to connections, possibly through other instances.
 *
 * @param target who receives it
 * @param name the connection id, the group name, or the endpoint's path (the empty string for the configured path's
 *        connections); {@code null} for {@link Target#ALL}
 * @param message the notification, UTF-8 JSON
 */
record Delivery(Target target, String name, byte[] message) {

    enum Target {
        CONNECTION,
        GROUP,
        ALL,
        /** Added last: the envelopes carry the ordinal. */
        ENDPOINT
    }
}
