package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcDocuments;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcRecorder;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.RecordedDocument;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.jackson.runtime.JacksonBuildTimeConfig;
import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.VertxHttpBuildTimeConfig;

/**
 * Generates the OpenRPC document of each endpoint's methods and serves it: {@code rpc.discover} at the endpoint
 * answers with it (the engine knows it through the {@link OpenRpcDocuments} bean) and
 * {@code GET <http path>/openrpc.json} returns it. Whether it is served is run-time configuration, so it is always
 * generated; so are its {@code servers}, added at startup.
 */
class OpenRpcProcessor {

    private static final Logger LOG = Logger.getLogger(OpenRpcProcessor.class);

    /** A recorded string constant holds at most 65535 bytes of modified UTF-8, at most 3 bytes a char. */
    private static final int PIECE_LENGTH = 20_000;

    @BuildStep
    OpenRpcDocumentBuildItem document(List<JsonRpcMethodBuildItem> methods, JsonRpcEndpointsBuildItem endpointPaths,
            CombinedIndexBuildItem index, ApplicationInfoBuildItem application, JacksonBuildTimeConfig jackson,
            JsonRpcServerBuildTimeConfig config) {
        // the computing index also knows the classes of dependencies that are not indexed
        ScalarSchemas scalars = new ScalarSchemas(jackson.writeDurationsAsTimestamps());
        Map<String, List<JsonRpcMethodBuildItem>> byEndpoint = new TreeMap<>();
        // an endpoint may have no methods, only hooks: its document lists none
        endpointPaths.paths().forEach(endpoint -> byEndpoint.put(endpoint, new ArrayList<>()));
        List<JsonRpcMethodBuildItem> configured = new ArrayList<>();
        for (JsonRpcMethodBuildItem method : methods.stream().sorted().toList()) {
            if (method.endpoint() == null) {
                configured.add(method);
            } else {
                byEndpoint.computeIfAbsent(method.endpoint(), endpoint -> new ArrayList<>()).add(method);
            }
        }
        // sorted and distinct: a type in the documents of two endpoints is warned of once
        Set<String> warnings = new TreeSet<>();
        String title = orDefault(application.getName(), "JSON-RPC API");
        String version = orDefault(application.getVersion(), "1.0.0");
        Map<String, OpenRpcDocumentBuilder.Document> endpoints = new TreeMap<>();
        // a builder per document: each has the components of its own methods
        byEndpoint.forEach((endpoint, served) -> endpoints.put(endpoint,
                new OpenRpcDocumentBuilder(index.getComputingIndex(), scalars, config, warnings)
                        .build(title + " " + endpoint, version, served)));
        OpenRpcDocumentBuilder.Document document = new OpenRpcDocumentBuilder(index.getComputingIndex(), scalars,
                config, warnings).build(title, version, configured);
        warnings.forEach(LOG::warn);
        return new OpenRpcDocumentBuildItem(document, endpoints);
    }

    /**
     * At runtime init, since the documents' {@code servers} are run-time configuration: the build records, for each
     * document, where its endpoint's transports serve, under the root path, which the servers' URLs are followed by.
     */
    @BuildStep
    @Record(RUNTIME_INIT)
    SyntheticBeanBuildItem documentBean(OpenRpcRecorder recorder, OpenRpcDocumentBuildItem document,
            JsonRpcServerBuildTimeConfig config, HttpRootPathBuildItem rootPath) {
        Map<String, RecordedDocument> endpoints = new TreeMap<>();
        document.endpointDocuments().forEach((endpoint, described) -> endpoints.put(endpoint,
                recorded(described, endpoint, endpoint, config, rootPath)));
        RecordedDocument configured = recorded(document.configured(), EndpointPaths.http(config),
                EndpointPaths.webSocket(config), config, rootPath);
        return SyntheticBeanBuildItem.configure(OpenRpcDocuments.class)
                .scope(Singleton.class)
                .unremovable()
                .setRuntimeInit()
                .supplier(recorder.documents(configured, endpoints))
                .done();
    }

    private static RecordedDocument recorded(OpenRpcDocumentBuilder.Document document, String httpPath,
            String webSocketPath, JsonRpcServerBuildTimeConfig config, HttpRootPathBuildItem rootPath) {
        return new RecordedDocument(pieces(document.json()), document.serversAt(),
                config.http().enabled() ? EndpointPaths.underRoot(rootPath, httpPath) : null,
                config.websocket().enabled() ? EndpointPaths.underRoot(rootPath, webSocketPath) : null);
    }

    private static List<String> pieces(String json) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < json.length(); start += PIECE_LENGTH) {
            pieces.add(json.substring(start, Math.min(json.length(), start + PIECE_LENGTH)));
        }
        return pieces;
    }

    /**
     * Next to each endpoint's HTTP path, as its own route: {@code GET} on the endpoint itself stays {@code 405}.
     */
    @BuildStep
    @Record(RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class) // the handler looks up the document bean
    void routes(JsonRpcServerBuildTimeConfig config, VertxHttpBuildTimeConfig httpConfig, OpenRpcRecorder recorder,
            OpenRpcDocumentBuildItem document, BuildProducer<RouteBuildItem> routes) {
        List<String> compressed = HttpTransportProcessor.compressedMediaTypes(httpConfig);
        routes.produce(RouteBuildItem.builder()
                .route(OpenRpcDocuments.path(EndpointPaths.http(config)))
                .handler(recorder.handler(null, compressed))
                .displayOnNotFoundPage("OpenRPC document of the JSON-RPC methods")
                .build());
        for (String endpoint : document.endpoints().keySet()) {
            routes.produce(RouteBuildItem.builder()
                    .route(OpenRpcDocuments.path(EndpointPaths.httpRoute(endpoint)))
                    .handler(recorder.handler(endpoint, compressed))
                    .displayOnNotFoundPage("OpenRPC document of the JSON-RPC methods at " + endpoint)
                    .build());
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() || value.equals(ApplicationInfoBuildItem.UNSET_VALUE) ? fallback
                : value;
    }
}
