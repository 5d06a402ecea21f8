package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkus.builder.item.SimpleBuildItem;

/** The OpenRPC document of every {@code @JsonRpc} method, as JSON. */
public final class OpenRpcDocumentBuildItem extends SimpleBuildItem {

    private final String json;

    OpenRpcDocumentBuildItem(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
