package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

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

    /** The synthetic bean of one client interface. */
    public Supplier<Object> client(String interfaceName) {
        return () -> Arc.container().instance(JsonRpcClients.class).get().configured(interfaceName);
    }
}
