package io.quarkiverse.jsonrpc.client;

import java.net.URI;

/**
 * Implemented by every JSON-RPC client, injected or built: cast a client to it to see where it calls or, for a built
 * client, to close it.
 */
public interface JsonRpcClientControl extends AutoCloseable {

    /** The client's config key; for a built client, the one its interface declares. */
    String configKey();

    /** The URL the client calls: as configured or built, with the endpoint's path where it was given none. */
    URI serverUrl();

    /** A new empty batch of this client; see {@link JsonRpcBatch#of(Object)}. */
    JsonRpcBatch<?> newBatch();

    /**
     * Closes the connections of a client made with {@link JsonRpcClientBuilder}. Injected clients are closed at
     * shutdown; closing one does nothing.
     */
    @Override
    void close();
}
