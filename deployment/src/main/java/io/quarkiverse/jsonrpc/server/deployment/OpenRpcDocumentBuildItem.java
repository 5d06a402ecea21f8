package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Map;
import java.util.TreeMap;

import io.quarkus.builder.item.SimpleBuildItem;

/** The OpenRPC documents of the {@code @JsonRpc} methods, one for each endpoint, as the build writes them. */
public final class OpenRpcDocumentBuildItem extends SimpleBuildItem {

    private final OpenRpcDocumentBuilder.Document configured;
    private final Map<String, OpenRpcDocumentBuilder.Document> endpointDocuments;
    private final Map<String, String> endpoints;

    OpenRpcDocumentBuildItem(OpenRpcDocumentBuilder.Document configured,
            Map<String, OpenRpcDocumentBuilder.Document> endpoints) {
        this.configured = configured;
        this.endpointDocuments = Map.copyOf(endpoints);
        Map<String, String> json = new TreeMap<>();
        endpoints.forEach((endpoint, document) -> json.put(endpoint, document.json()));
        this.endpoints = Map.copyOf(json);
    }

    /** The document of the methods at the configured paths, as JSON, without the servers added at startup. */
    public String json() {
        return configured.json();
    }

    /** The documents of the methods of each {@code @JsonRpcEndpoint}, by path, as {@link #json()} is. */
    public Map<String, String> endpoints() {
        return endpoints;
    }

    OpenRpcDocumentBuilder.Document configured() {
        return configured;
    }

    Map<String, OpenRpcDocumentBuilder.Document> endpointDocuments() {
        return endpointDocuments;
    }
}
