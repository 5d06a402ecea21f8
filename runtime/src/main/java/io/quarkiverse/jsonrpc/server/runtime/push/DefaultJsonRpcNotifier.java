package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.common.RoutePaths;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.smallrye.mutiny.Uni;

/**
 * The {@link JsonRpcNotifier} bean: serializes a notification once, writes it to the local connections it is for,
 * and hands it to the broadcast layer for the other instances.
 */
@Singleton
public class DefaultJsonRpcNotifier implements JsonRpcNotifier {

    private final NotificationWriter writer;
    private final LocalDelivery local;
    private final Broadcast broadcast;
    private final String configuredPath;
    /** Looked up when an endpoint is named: the server is assembled with what pushes to its connections. */
    private final Instance<ServedEndpoints> served;

    DefaultJsonRpcNotifier(ObjectMapper mapper, ConnectionRegistry registry, JsonRpcServerConfig config,
            JsonRpcServerBuildTimeConfig buildTimeConfig, Instance<Broadcast> redis, Instance<ServedEndpoints> served) {
        this.writer = new NotificationWriter(mapper);
        this.local = new LocalDelivery(registry);
        this.broadcast = broadcast(config, redis);
        this.configuredPath = RoutePaths.normalized(buildTimeConfig.websocket().path());
        this.served = served;
    }

    /** The Redis layer is the only {@link Broadcast} bean, and exists only with quarkus-redis-client. */
    private static Broadcast broadcast(JsonRpcServerConfig config, Instance<Broadcast> redis) {
        if (config.broadcast() == JsonRpcServerConfig.Broadcast.LOCAL) {
            return Broadcast.NONE;
        }
        if (!redis.isResolvable()) {
            throw new IllegalStateException("quarkus.jsonrpc-server.broadcast=redis needs the quarkus-redis-client"
                    + " extension: add io.quarkus:quarkus-redis-client to the application");
        }
        return redis.get();
    }

    @Override
    public Target connection(String connectionId) {
        return (method, params) -> connectionId == null
                ? refused("The connection id is null: a call over HTTP has no connection (its context's connectionId()"
                        + " is null), and a notification to it goes nowhere")
                : send(Delivery.Target.CONNECTION, connectionId, method, params);
    }

    @Override
    public Target group(String group) {
        return (method, params) -> group == null ? refused("The group name is null")
                : send(Delivery.Target.GROUP, group, method, params);
    }

    @Override
    public Target all() {
        return (method, params) -> send(Delivery.Target.ALL, null, method, params);
    }

    @Override
    public Target endpoint(String path) {
        return (method, params) -> {
            if (path == null) {
                return refused("The endpoint path is null");
            }
            String normalized = RoutePaths.normalized(path);
            if (normalized.equals(configuredPath)) {
                return send(Delivery.Target.ENDPOINT, "", method, params);
            }
            List<String> endpoints = served.get().endpointPaths();
            if (!endpoints.contains(normalized)) {
                return Uni.createFrom().failure(new IllegalArgumentException("No JSON-RPC endpoint is at " + path
                        + ": the WebSocket endpoints are at " + configuredPath
                        + endpoints.stream().map(endpoint -> ", " + endpoint).collect(Collectors.joining())
                        + ", as their @JsonRpcEndpoint writes them: without quarkus.http.root-path, a path parameter's"
                        + " name in braces"));
            }
            return send(Delivery.Target.ENDPOINT, normalized, method, params);
        };
    }

    private static Uni<Void> refused(String reason) {
        return Uni.createFrom().failure(new IllegalArgumentException(reason));
    }

    private Uni<Void> send(Delivery.Target target, String name, String method, Object params) {
        return Uni.createFrom().item(() -> new Delivery(target, name, writer.notification(method, params)))
                .chain(delivery -> {
                    Uni<Void> here = local.deliver(delivery);
                    if (target == Delivery.Target.CONNECTION && local.holds(name)) {
                        return here;
                    }
                    return Uni.join().all(here, broadcast.publish(delivery)).andFailFast().replaceWithVoid();
                });
    }
}
