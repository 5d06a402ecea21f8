package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/** The Vert.x route of the HTTP transport. */
@Recorder
public class HttpTransportRecorder {

    private static final Logger LOG = Logger.getLogger(HttpTransportRecorder.class);

    private final RuntimeValue<JsonRpcServerConfig> config;

    public HttpTransportRecorder(RuntimeValue<JsonRpcServerConfig> config) {
        this.config = config;
    }

    /**
     * The route reads the body of a {@code POST} with Quarkus' body handler, so {@code quarkus.http.limits} apply.
     * Nothing else is read: a WebSocket upgrade on the same path goes on to websockets-next with its request unread,
     * which it must be for the upgrade (read, it fails with "Request has already been read" when the caller's identity
     * is established later, as with {@code quarkus.http.auth.proactive=false}).
     */
    public Consumer<Route> route(Handler<RoutingContext> bodyHandler) {
        return route -> route.handler(ctx -> {
            if (ctx.request().method() == HttpMethod.POST) {
                bodyHandler.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(HttpTransportRecorder::closedUnread);
    }

    /**
     * A client that leaves before its body has arrived fails the body handler, and Quarkus's error handler would log
     * it at ERROR with an error id, for every such request: anyone could fill the log. There is no one to answer.
     */
    private static void closedUnread(RoutingContext ctx) {
        if (ctx.failure() instanceof HttpClosedException) {
            LOG.debugf("A POST to %s closed before its body was read", ctx.normalizedPath());
        } else {
            ctx.next();
        }
    }

    /**
     * The handler looks the server up: beans are ready when the route is registered at runtime init.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path
     * @param compressedMediaTypes the types whose responses are compressed, with {@code quarkus.http.enable-compression}
     *        (Quarkus turns compression off for every route that does not turn it back on); empty for none
     */
    public Handler<RoutingContext> handler(String endpoint, List<String> compressedMediaTypes) {
        Handler<RoutingContext> handler = new HttpTransport(Arc.container().instance(ServerAssembly.class).get(),
                endpoint, config.getValue());
        return compressedMediaTypes.isEmpty() ? handler
                : new HttpCompressionHandler(handler, Set.copyOf(compressedMediaTypes));
    }
}
