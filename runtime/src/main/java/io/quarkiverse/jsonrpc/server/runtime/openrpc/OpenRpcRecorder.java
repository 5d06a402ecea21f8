package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.util.List;
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

    /** The document comes in pieces: a recorded string constant holds at most 64 KiB. */
    public Supplier<OpenRpcDocument> document(List<String> pieces) {
        OpenRpcDocument document = new OpenRpcDocument(String.join("", pieces));
        return () -> document;
    }

    /**
     * The handler looks the document bean up: beans are ready when the route is registered at runtime init.
     *
     * @param compressedMediaTypes the types whose responses are compressed, with {@code quarkus.http.enable-compression};
     *        empty for none
     */
    public Handler<RoutingContext> handler(List<String> compressedMediaTypes) {
        Handler<RoutingContext> handler = new OpenRpcHandler(Arc.container().instance(OpenRpcDocument.class).get(),
                OpenRpcDocument.served(config.getValue()), new HttpCallerGate(config.getValue().auth().required()));
        return compressedMediaTypes.isEmpty() ? handler
                : new HttpCompressionHandler(handler, Set.copyOf(compressedMediaTypes));
    }
}
