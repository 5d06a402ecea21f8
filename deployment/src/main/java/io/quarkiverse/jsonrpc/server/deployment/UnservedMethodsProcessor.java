package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Produce;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;

/**
 * Says so at build time when a transport turned off leaves methods that no transport serves: all of them with both
 * off, a {@code Multi} method or one for WebSocket only with the WebSocket off. The application still builds; such a
 * method is still in the OpenRPC document, which lists what the methods declare.
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
        List<String> unserved = methods.stream().filter(method -> !served(method, webSocket, http))
                .map(JsonRpcMethodBuildItem::name).sorted().toList();
        if (!unserved.isEmpty()) {
            LOG.warnf("No transport serves the JSON-RPC methods %s: quarkus.jsonrpc-server.websocket.enabled=%s,"
                    + " quarkus.jsonrpc-server.http.enabled=%s", String.join(", ", unserved), webSocket, http);
        }
    }

    /** A stream goes out as a subscription, which only a WebSocket carries. */
    private static boolean served(JsonRpcMethodBuildItem method, boolean webSocket, boolean http) {
        boolean overWebSocket = webSocket && method.transports().contains(JsonRpcTransport.WEBSOCKET);
        boolean overHttp = http && method.transports().contains(JsonRpcTransport.HTTP)
                && method.resultKind() != ResultKind.MULTI;
        return overWebSocket || overHttp;
    }
}
