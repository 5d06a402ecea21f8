package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

@Recorder
public class OpenRpcRecorder {

    private final RuntimeValue<JsonRpcServerConfig> config;

    public OpenRpcRecorder(RuntimeValue<JsonRpcServerConfig> config) {
        this.config = config;
    }

    /**
     * The documents as the build wrote them, with the {@code servers} of {@code quarkus.jsonrpc-server.openrpc.servers}.
     *
     * @param endpoints the documents of the {@code @JsonRpcEndpoint}s, by path
     */
    public Supplier<OpenRpcDocuments> documents(RecordedDocument configured, Map<String, RecordedDocument> endpoints) {
        OpenRpcServers servers = OpenRpcServers.of(config.getValue().openRpc().servers().orElse(List.of()));
        Map<String, String> joined = new HashMap<>();
        endpoints.forEach((path, document) -> joined.put(path, document.json(servers)));
        OpenRpcDocuments documents = new OpenRpcDocuments(configured.json(servers), joined);
        return () -> documents;
    }

    /**
     * The handler looks the document bean up: beans are ready when the route is registered at runtime init.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured paths
     * @param compressedMediaTypes the types whose responses are compressed, with {@code quarkus.http.enable-compression};
     *        empty for none
     */
    public Handler<RoutingContext> handler(String endpoint, List<String> compressedMediaTypes) {
        Handler<RoutingContext> handler = new OpenRpcHandler(
                Arc.container().instance(OpenRpcDocuments.class).get().json(endpoint),
                OpenRpcDocuments.served(config.getValue()), new HttpCallerGate(config.getValue().auth().required()));
        return compressedMediaTypes.isEmpty() ? handler
                : new HttpCompressionHandler(handler, Set.copyOf(compressedMediaTypes));
    }
}
