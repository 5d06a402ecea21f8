package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Map;

import io.quarkus.builder.item.SimpleBuildItem;

/** The OpenRPC documents of the {@code @JsonRpc} methods, one for each endpoint, as JSON. */
public final class OpenRpcDocumentBuildItem extends SimpleBuildItem {

    private final String json;
    private final Map<String, String> endpoints;

    OpenRpcDocumentBuildItem(String json, Map<String, String> endpoints) {
        this.json = json;
        this.endpoints = Map.copyOf(endpoints);
    }

    /** The document of the methods at the configured paths. */
    public String json() {
        return json;
    }

    /** The documents of the methods of each {@code @JsonRpcEndpoint}, by path. */
    public Map<String, String> endpoints() {
        return endpoints;
    }
}
