package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;

import java.util.List;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.transport.HttpTransportRecorder;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.vertx.http.deployment.BodyHandlerBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.VertxHttpBuildTimeConfig;

/**
 * Serves JSON-RPC over HTTP {@code POST} with a Vert.x route at the configured path, and one at the path of each
 * {@code @JsonRpcEndpoint}.
 */
class HttpTransportProcessor {

    @BuildStep
    @Record(RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class) // the handler looks up the server bean
    void route(JsonRpcServerBuildTimeConfig config, VertxHttpBuildTimeConfig httpConfig, HttpTransportRecorder recorder,
            BodyHandlerBuildItem bodyHandler, JsonRpcEndpointsBuildItem endpoints, BuildProducer<RouteBuildItem> routes) {
        if (!config.http().enabled()) {
            return;
        }
        List<String> compressed = compressedMediaTypes(httpConfig);
        routes.produce(RouteBuildItem.builder()
                .routeFunction(EndpointPaths.http(config), recorder.route(bodyHandler.getHandler()))
                .handler(recorder.handler(null, compressed))
                .displayOnNotFoundPage("JSON-RPC over HTTP POST")
                .build());
        for (String endpoint : endpoints.paths()) {
            routes.produce(RouteBuildItem.builder()
                    .routeFunction(EndpointPaths.httpRoute(endpoint), recorder.route(bodyHandler.getHandler()))
                    .handler(recorder.handler(endpoint, compressed))
                    .displayOnNotFoundPage("JSON-RPC over HTTP POST, @JsonRpcEndpoint")
                    .build());
        }
    }

    /**
     * The media types whose responses a route compresses, as Quarkus REST's do: those of
     * {@code quarkus.http.compress-media-types} with {@code quarkus.http.enable-compression}, else none. Quarkus turns
     * compression off for every route that does not turn it back on for them.
     */
    static List<String> compressedMediaTypes(VertxHttpBuildTimeConfig httpConfig) {
        return httpConfig.enableCompression() ? httpConfig.compressMediaTypes().orElse(List.of()) : List.of();
    }
}
