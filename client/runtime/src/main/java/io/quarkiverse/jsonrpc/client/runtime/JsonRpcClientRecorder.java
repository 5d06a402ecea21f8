package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.runtime.shutdown.ShutdownListener;

@Recorder
public class JsonRpcClientRecorder {

    private final RuntimeValue<JsonRpcClientsConfig> config;

    public JsonRpcClientRecorder(RuntimeValue<JsonRpcClientsConfig> config) {
        this.config = config;
    }

    /** Makes the configured clients; throws, so the application does not start, when one is misconfigured. */
    public void initialize(List<RecordedClient> clients, List<RecordedReceiver> receivers) {
        Arc.container().instance(JsonRpcClients.class).get().initialize(clients, receivers, config.getValue());
    }

    /**
     * From the first signal of the application stopping, the clients reconnect no more: a server stopping at the same
     * time (the application's own, in dev mode's live reload) would be called while it goes.
     */
    public ShutdownListener stopReconnecting() {
        return new ShutdownListener() {
            @Override
            public void preShutdown(ShutdownNotification notification) {
                try {
                    Arc.container().instance(JsonRpcClients.class).get().stopReconnecting();
                } finally {
                    notification.done();
                }
            }
        };
    }

    /** The synthetic bean of one client interface. */
    public Supplier<Object> client(String interfaceName) {
        return () -> Arc.container().instance(JsonRpcClients.class).get().configured(interfaceName);
    }
}
