package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;
import static io.quarkus.deployment.annotations.ExecutionTime.STATIC_INIT;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcDocument;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcRecorder;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.jackson.runtime.JacksonBuildTimeConfig;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.VertxHttpBuildTimeConfig;

/**
 * Generates the OpenRPC document of the methods and serves it: {@code rpc.discover} answers with it (the engine knows
 * it through the {@link OpenRpcDocument} bean) and {@code GET <http path>/openrpc.json} returns it. Whether it is
 * served is run-time configuration, so it is always generated.
 */
class OpenRpcProcessor {

    /** A recorded string constant holds at most 65535 bytes of modified UTF-8, at most 3 bytes a char. */
    private static final int PIECE_LENGTH = 20_000;

    @BuildStep
    OpenRpcDocumentBuildItem document(List<JsonRpcMethodBuildItem> methods, CombinedIndexBuildItem index,
            ApplicationInfoBuildItem application, JacksonBuildTimeConfig jackson) {
        // the computing index also knows the classes of dependencies that are not indexed
        ScalarSchemas scalars = new ScalarSchemas(jackson.writeDurationsAsTimestamps());
        String json = new OpenRpcDocumentBuilder(index.getComputingIndex(), scalars).build(
                orDefault(application.getName(), "JSON-RPC API"), orDefault(application.getVersion(), "1.0.0"),
                methods.stream().sorted().toList());
        return new OpenRpcDocumentBuildItem(json);
    }

    @BuildStep
    @Record(STATIC_INIT)
    SyntheticBeanBuildItem documentBean(OpenRpcRecorder recorder, OpenRpcDocumentBuildItem document) {
        List<String> pieces = new ArrayList<>();
        String json = document.json();
        for (int start = 0; start < json.length(); start += PIECE_LENGTH) {
            pieces.add(json.substring(start, Math.min(json.length(), start + PIECE_LENGTH)));
        }
        return SyntheticBeanBuildItem.configure(OpenRpcDocument.class)
                .scope(Singleton.class)
                .unremovable()
                .supplier(recorder.document(pieces))
                .done();
    }

    /** Next to the HTTP endpoint, as its own route: {@code GET} on the endpoint itself stays {@code 405}. */
    @BuildStep
    @Record(RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class) // the handler looks up the document bean
    RouteBuildItem route(JsonRpcServerBuildTimeConfig config, VertxHttpBuildTimeConfig httpConfig,
            OpenRpcRecorder recorder) {
        return RouteBuildItem.builder()
                .route(OpenRpcDocument.path(EndpointPaths.http(config)))
                .handler(recorder.handler(HttpTransportProcessor.compressedMediaTypes(httpConfig)))
                .displayOnNotFoundPage("OpenRPC document of the JSON-RPC methods")
                .build();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() || value.equals(ApplicationInfoBuildItem.UNSET_VALUE) ? fallback
                : value;
    }
}
