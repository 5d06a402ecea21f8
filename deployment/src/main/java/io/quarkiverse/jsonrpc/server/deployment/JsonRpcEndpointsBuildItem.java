package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * The paths of the {@code @JsonRpcEndpoint}s that a bean has, sorted: each has a WebSocket endpoint, an HTTP route and
 * an OpenRPC document of its own, besides those at the configured paths, whether its classes have methods or only
 * hooks. One that no bean has (its classes are alternatives not enabled) has none of them: its generated WebSocket
 * endpoint refuses every upgrade with 404.
 */
public final class JsonRpcEndpointsBuildItem extends SimpleBuildItem {

    private final List<String> paths;

    JsonRpcEndpointsBuildItem(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
        return paths;
    }
}
