package io.quarkiverse.jsonrpc.server.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
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
 * needs, an allowed origin no browser sends. Each problem names its property and what it takes.
 */
public final class ConfigChecks {

    private static final String PREFIX = "quarkus.jsonrpc-server.";
    /** A response is written in memory, in one array: the largest one the JVM makes. */
    static final long LARGEST_RESPONSE_SIZE = Integer.MAX_VALUE - 8;

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
        long maxResponseSize = config.limits().maxResponseSize().asLongValue();
        atLeast(1, maxResponseSize, "limits.max-response-size", null, problems, properties);
        if (maxResponseSize > LARGEST_RESPONSE_SIZE) {
            problems.add(PREFIX + "limits.max-response-size=" + maxResponseSize + " must be at most "
                    + LARGEST_RESPONSE_SIZE + " bytes (2047M): a response is written in memory, in one array");
            properties.add(PREFIX + "limits.max-response-size");
        }
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
        origins(config.websocket().allowedOrigins().orElse(List.of()), problems, properties);
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

    /**
     * An allowed origin is compared with the {@code Origin} header as a browser sends it: one written otherwise, a
     * host without its scheme or a URL with a path, never matches, and the pages it was meant for are refused with 403.
     */
    private static void origins(List<String> origins, List<String> problems, Set<String> properties) {
        List<String> refused = origins.stream().filter(origin -> !isOrigin(origin.trim()))
                .map(origin -> "'" + origin + "'").toList();
        if (!refused.isEmpty()) {
            problems.add(PREFIX + "websocket.allowed-origins: " + String.join(", ", refused)
                    + (refused.size() == 1 ? " is not an origin" : " are not origins")
                    + ": write each as a browser sends it, scheme://host[:port] without a path"
                    + " (https://app.example.com), or * for any");
            properties.add(PREFIX + "websocket.allowed-origins");
        }
    }

    /** {@code *}, or what a browser may send as {@code Origin}: {@code null}, or a scheme, a host and a port. */
    private static boolean isOrigin(String value) {
        if (value.equals("*") || value.equals("null")) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String path = uri.getRawPath();
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
                    && (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Longer than zero, and at least 1ms: Mutiny's and Vert.x's timers count in milliseconds, and would take one under
     * a millisecond for none at all, every call or Redis command timing out at once.
     */
    private static void positive(Duration value, String property, String hint, List<String> problems,
            Set<String> properties) {
        String written = PREFIX + property + "=" + value.toString().substring(2).toLowerCase(Locale.ROOT);
        if (value.isNegative() || value.isZero()) {
            problems.add(written + " must be longer than zero" + (hint == null ? "" : " (" + hint + ")"));
            properties.add(PREFIX + property);
        } else if (value.toMillis() == 0) {
            problems.add(written + " must be at least 1ms, the finest it counts");
            properties.add(PREFIX + property);
        }
    }
}
