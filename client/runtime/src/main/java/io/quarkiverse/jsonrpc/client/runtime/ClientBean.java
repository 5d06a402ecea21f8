package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkus.arc.Arc;
import io.quarkus.arc.NoClassInterceptors;

/**
 * The superclass of the bean the build makes of a client interface whose methods or type carry annotations for
 * interceptors (Fault Tolerance's, {@code @Timed}, the application's own bindings): each generated method carries the
 * interface method's annotations and calls the configured client. A client without any is injected as it is made,
 * with no class in between. The interface's type-level bindings wrap its methods, not those of
 * {@link JsonRpcClientControl}.
 */
public abstract class ClientBean implements JsonRpcClientControl {

    /** The configured client, which implements the interface: a field, which no interceptor of the type wraps. */
    protected final GeneratedClient client;

    /** @param interfaceName the client interface the generated subclass implements */
    protected ClientBean(String interfaceName) {
        this.client = Arc.container().instance(JsonRpcClients.class).get().configured(interfaceName);
    }

    @Override
    @NoClassInterceptors
    public String configKey() {
        return client.configKey();
    }

    @Override
    @NoClassInterceptors
    public URI serverUrl() {
        return client.serverUrl();
    }

    @Override
    @NoClassInterceptors
    public JsonRpcBatch<?> newBatch() {
        return client.newBatch();
    }

    @Override
    @NoClassInterceptors
    public void close() {
        client.close();
    }

    @Override
    @NoClassInterceptors
    public String toString() {
        return client.toString();
    }
}
