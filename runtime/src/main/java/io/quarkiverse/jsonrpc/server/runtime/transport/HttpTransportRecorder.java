package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.function.Consumer;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/** The Vert.x route of the HTTP transport. */
@Recorder
public class HttpTransportRecorder {

    private final RuntimeValue<JsonRpcServerConfig> config;

    public HttpTransportRecorder(RuntimeValue<JsonRpcServerConfig> config) {
        this.config = config;
    }

    /** The route reads the body with Quarkus' body handler, so {@code quarkus.http.limits} apply. */
    public Consumer<Route> route(Handler<RoutingContext> bodyHandler) {
        return route -> route.handler(bodyHandler);
    }

    // the handler looks the server up: beans are ready when the route is registered at runtime init
    public Handler<RoutingContext> handler() {
        return new HttpTransport(Arc.container().instance(ServerAssembly.class).get(), config.getValue());
    }
}
