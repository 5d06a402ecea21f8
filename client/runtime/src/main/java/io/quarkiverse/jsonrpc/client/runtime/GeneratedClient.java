package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;

/**
 * The superclass of every generated client implementation. Each generated method passes its index and arguments to
 * {@link #invoke(int, Object[])} and casts what comes back; nothing is looked up by reflection.
 */
public abstract class GeneratedClient implements JsonRpcClientControl {

    private ClientCore core;
    /** What {@link #close()} does: {@code null} for an injected client, which the application closes at shutdown. */
    private Runnable closing;
    private DefaultJsonRpcBatch<?> recording;

    /** A new, unbound instance of the same generated class. */
    public abstract GeneratedClient newInstance();

    final GeneratedClient bind(ClientCore core, Runnable closing) {
        this.core = core;
        this.closing = closing;
        return this;
    }

    final GeneratedClient recordInto(ClientCore core, DefaultJsonRpcBatch<?> batch) {
        this.core = core;
        this.recording = batch;
        return this;
    }

    /**
     * What the interface's {@code @JsonRpcClientExceptionMapper} makes of an error the server answered; {@code null}
     * where it declines, or the interface has none. The generated implementation of an interface with one calls it.
     */
    protected RuntimeException mapError(JsonRpcClientException error) {
        return null;
    }

    protected final Object invoke(int index, Object[] args) {
        if (recording != null) {
            return recording.record(index, args);
        }
        return core.invoke(index, args);
    }

    @Override
    public String configKey() {
        return core.settings().configKey();
    }

    @Override
    public URI serverUrl() {
        return core.settings().url();
    }

    @Override
    public JsonRpcBatch<?> newBatch() {
        return new DefaultJsonRpcBatch<>(core, this);
    }

    @Override
    public void close() {
        if (closing != null) {
            closing.run();
        }
    }

    @Override
    public String toString() {
        return "JSON-RPC client " + core.recorded().interfaceName() + " of " + core.settings().url();
    }
}
