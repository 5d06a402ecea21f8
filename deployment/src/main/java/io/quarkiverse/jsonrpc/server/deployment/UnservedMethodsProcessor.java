package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Produce;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;

/**
 * Says so at build time when a transport turned off leaves methods that no transport serves: all of them with both
 * off, a {@code Multi} method or one for WebSocket only with the WebSocket off. The application still builds; such a
 * method is left out of the OpenRPC document, which lists what is served and over which transports.
 */
class UnservedMethodsProcessor {

    private static final Logger LOG = Logger.getLogger(UnservedMethodsProcessor.class);

    // it produces nothing: it only speaks, whatever else the build does
    @BuildStep
    @Produce(ServiceStartBuildItem.class)
    void warnOfUnservedMethods(JsonRpcServerBuildTimeConfig config, List<JsonRpcMethodBuildItem> methods) {
        boolean webSocket = config.websocket().enabled();
        boolean http = config.http().enabled();
        if (webSocket && http || methods.isEmpty()) {
            return;
        }
        List<String> unserved = methods.stream().filter(method -> method.servedOver(config).isEmpty())
                .map(JsonRpcMethodBuildItem::name).sorted().toList();
        if (!unserved.isEmpty()) {
            LOG.warnf("No transport serves the JSON-RPC methods %s: quarkus.jsonrpc-server.websocket.enabled=%s,"
                    + " quarkus.jsonrpc-server.http.enabled=%s", String.join(", ", unserved), webSocket, http);
        }
    }
}
