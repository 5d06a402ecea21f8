package io.quarkiverse.jsonrpc.client.runtime.devui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.client.runtime.ClientCore;
import io.quarkiverse.jsonrpc.client.runtime.JsonRpcClients;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/** What the Dev UI card asks the running application: the clients and where they call. */
@Singleton
public class JsonRpcClientDevUiService {

    private final JsonRpcClients clients;

    JsonRpcClientDevUiService(JsonRpcClients clients) {
        this.clients = clients;
    }

    public List<Map<String, Object>> clients() {
        List<Map<String, Object>> described = new ArrayList<>();
        clients.configuredClients().values().forEach(core -> described.add(describe(core)));
        return described;
    }

    private static Map<String, Object> describe(ClientCore core) {
        ClientSettings settings = core.settings();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("configKey", settings.configKey());
        client.put("interface", core.recorded().interfaceName());
        client.put("url", settings.url().toString());
        client.put("transport", settings.webSocket() ? "WebSocket" : "HTTP");
        client.put("timeout", ClientSettings.text(settings.timeout()));
        client.put("methods", core.recorded().calls().stream().map(call -> call.name() + " (" + call.kind()
                .name().toLowerCase().replace('_', ' ') + ")").toList());
        return client;
    }
}
