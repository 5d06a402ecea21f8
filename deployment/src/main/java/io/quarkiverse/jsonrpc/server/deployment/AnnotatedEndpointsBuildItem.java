package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * The paths of the {@code @JsonRpcEndpoint}s of the index, sorted, read before the beans are known: each gets a
 * generated WebSocket endpoint, itself a bean. Of these, {@link JsonRpcEndpointsBuildItem} holds those a bean has.
 */
final class AnnotatedEndpointsBuildItem extends SimpleBuildItem {

    private final List<String> paths;

    AnnotatedEndpointsBuildItem(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    List<String> paths() {
        return paths;
    }
}
