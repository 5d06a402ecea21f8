package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.Locale;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;

/**
 * Reports whether notifications reach the other instances: down while Redis is unreachable. A bean only where both
 * SmallRye Health and quarkus-redis-client are, and the checks of extensions are on.
 */
@Readiness
@Singleton
public class BroadcastHealthCheck implements HealthCheck {

    private final Broadcast redis;
    private final JsonRpcServerConfig config;

    BroadcastHealthCheck(Broadcast redis, JsonRpcServerConfig config) {
        this.redis = redis;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean redisMode = config.broadcast() == JsonRpcServerConfig.Broadcast.REDIS;
        return HealthCheckResponse.named("JSON-RPC broadcast")
                .status(!redisMode || redis.isUp())
                .withData("broadcast", config.broadcast().name().toLowerCase(Locale.ROOT))
                .build();
    }
}
