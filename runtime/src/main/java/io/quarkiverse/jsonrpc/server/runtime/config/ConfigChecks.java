package io.quarkiverse.jsonrpc.server.runtime.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Refuses, as the application starts, values the server could only fail on call after call: a timeout of zero
 * answers no call at all, a limit of zero or less refuses every call, a feature turned on without the extension it
 * needs. Each problem names its property and what it takes.
 */
public final class ConfigChecks {

    private static final String PREFIX = "quarkus.jsonrpc-server.";

    private ConfigChecks() {
    }

    /**
     * @param securityPresent whether the application has a security extension, which authenticates callers
     * @param redisPresent whether it has quarkus-redis-client
     * @throws ConfigurationException naming every property whose value cannot work
     */
    public static void check(JsonRpcServerConfig config, boolean securityPresent, boolean redisPresent) {
        List<String> problems = new ArrayList<>();
        Set<String> properties = new LinkedHashSet<>();
        if (config.auth().required() && !securityPresent) {
            problems.add(PREFIX + "auth.required=true, but the application has no security extension to"
                    + " authenticate anyone: add one (quarkus-elytron-security-properties-file, quarkus-oidc,"
                    + " quarkus-smallrye-jwt...)");
            properties.add(PREFIX + "auth.required");
        }
        if (config.broadcast() == JsonRpcServerConfig.Broadcast.REDIS && !redisPresent) {
            problems.add(PREFIX + "broadcast=redis needs the quarkus-redis-client extension: add"
                    + " io.quarkus:quarkus-redis-client to the application");
            properties.add(PREFIX + "broadcast");
        }
        atLeast(0, config.maxBatchSize(), "max-batch-size", "0 turns batches off", problems, properties);
        atLeast(1, config.maxCallsInFlight(), "max-calls-in-flight", null, problems, properties);
        atLeast(1, config.websocket().maxSubscriptions(), "websocket.max-subscriptions", null, problems, properties);
        atLeast(1, config.limits().maxResponseSize().asLongValue(), "limits.max-response-size", null, problems,
                properties);
        atLeast(1, config.limits().maxNestingDepth(), "limits.max-nesting-depth", problems, properties);
        atLeast(1, config.limits().maxStringLength(), "limits.max-string-length", problems, properties);
        atLeast(1, config.limits().maxNumberLength(), "limits.max-number-length", problems, properties);
        atLeast(1, config.limits().maxTokenCount(), "limits.max-token-count", null, problems, properties);
        atLeast(-1, config.trafficLogging().payloadLimit(), "traffic-logging.payload-limit", "-1 logs whole messages",
                problems, properties);
        config.timeout().ifPresent(timeout -> positive(timeout, "timeout", "leave it unset for none", problems,
                properties));
        positive(config.redis().timeout(), "redis.timeout", null, problems, properties);
        positive(config.redis().reconnectDelay(), "redis.reconnect-delay", null, problems, properties);
        positive(config.redis().checkInterval(), "redis.check-interval", null, problems, properties);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid JSON-RPC server configuration: " + String.join("; ", problems),
                    properties);
        }
    }

    private static void atLeast(int least, Optional<Integer> value, String property, List<String> problems,
            Set<String> properties) {
        value.ifPresent(v -> atLeast(least, v, property, null, problems, properties));
    }

    private static void atLeast(long least, long value, String property, String hint, List<String> problems,
            Set<String> properties) {
        if (value < least) {
            problems.add(PREFIX + property + "=" + value + " must be at least " + least
                    + (hint == null ? "" : " (" + hint + ")"));
            properties.add(PREFIX + property);
        }
    }

    private static void positive(Duration value, String property, String hint, List<String> problems,
            Set<String> properties) {
        if (value.isNegative() || value.isZero()) {
            problems.add(
                    PREFIX + property + "=" + value.toString().substring(2).toLowerCase(Locale.ROOT) + " must be longer than"
                            + " zero" + (hint == null ? "" : " (" + hint + ")"));
            properties.add(PREFIX + property);
        }
    }
}
