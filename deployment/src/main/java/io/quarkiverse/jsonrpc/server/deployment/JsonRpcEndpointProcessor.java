package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.BuildExclusionsBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * The paths of the {@code @JsonRpcEndpoint}s, twice: as the index tells them, for the WebSocket endpoints generated
 * before the beans are known, and as the beans ArC keeps tell them, for everything else.
 */
class JsonRpcEndpointProcessor {

    /**
     * The {@code @JsonRpcEndpoint}s, read from the index before the beans: the WebSocket endpoints generated for them
     * are beans. One at a configured path is left out: the build fails with the methods, saying why, where two
     * endpoints at one path would fail it with websockets-next's message.
     */
    @BuildStep
    AnnotatedEndpointsBuildItem annotatedEndpoints(CombinedIndexBuildItem index, JsonRpcServerBuildTimeConfig config,
            BuildExclusionsBuildItem exclusions) {
        return new AnnotatedEndpointsBuildItem(MethodEndpoints.paths(index.getIndex(), config, exclusions));
    }

    /**
     * The {@code @JsonRpcEndpoint}s a bean has: those of the index but the ones whose classes are no beans,
     * alternatives not enabled, which only ArC's beans tell.
     */
    @BuildStep
    JsonRpcEndpointsBuildItem endpoints(AnnotatedEndpointsBuildItem annotated, CombinedIndexBuildItem index,
            BeanDiscoveryFinishedBuildItem beanDiscovery) {
        return new JsonRpcEndpointsBuildItem(MethodEndpoints.ofBeans(annotated.paths(), beanDiscovery,
                index.getIndex()));
    }
}
