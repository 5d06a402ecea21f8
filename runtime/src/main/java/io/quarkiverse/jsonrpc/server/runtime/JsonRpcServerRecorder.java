package io.quarkiverse.jsonrpc.server.runtime;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.transport.HttpTransport;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.runtime.shutdown.ShutdownListener;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

@Recorder
public class JsonRpcServerRecorder {

    private final RuntimeValue<JsonRpcServerConfig> config;

    public JsonRpcServerRecorder(RuntimeValue<JsonRpcServerConfig> config) {
        this.config = config;
    }

    public Supplier<RecordedMethods> recordedMethods(List<RecordedMethod> methods, List<RecordedHook> hooks,
            Map<String, DeclaredError> errors) {
        RecordedMethods recorded = new RecordedMethods(List.copyOf(methods), List.copyOf(hooks), Map.copyOf(errors));
        return () -> recorded;
    }

    public ShutdownListener gracefulShutdown() {
        return new GracefulShutdown();
    }

    /** The HTTP route reads the body with Quarkus' body handler, so {@code quarkus.http.limits} apply. */
    public Consumer<Route> httpRoute(Handler<RoutingContext> bodyHandler) {
        return route -> route.handler(bodyHandler);
    }

    // the handler looks the server bean up: beans are ready when the route is registered at runtime init
    public Handler<RoutingContext> httpHandler() {
        return new HttpTransport(Arc.container().instance(ServerAssembly.class).get(), config.getValue());
    }
}
