package io.quarkiverse.jsonrpc.client.runtime.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.ParamsStyle;

/**
 * Everything a client needs to know of its server, from the configuration or a builder.
 *
 * @param pingInterval how often a WebSocket connection is pinged; empty for never
 * @param headers with the {@code Authorization} header of the credentials, if any
 * @param proxyConfigurationName the proxy's name in the Quarkus proxy registry; empty for its default proxy, if any
 * @param madeHeaders the headers made anew for each request or upgrade, which replace those of {@code headers} of the
 *        same names; {@code null} for none
 */
public record ClientSettings(String configKey, URI url, Duration timeout, Duration connectTimeout,
        Optional<Duration> pingInterval, Map<String, String> headers, Optional<String> tlsConfigurationName,
        Optional<String> proxyConfigurationName, ParamsStyle paramsStyle,
        int maxHttpConnections, HttpOptions httpOptions, WebSocketOptions webSocketOptions,
        SubscriptionProtocol subscriptions, Reconnect reconnect,
        Telemetry telemetry,
        TrafficLogging trafficLogging, JsonRpcClientHeaders madeHeaders) {

    /**
     * How the HTTP transport speaks to its server, past its URL and connections.
     *
     * @param maxRedirects the most redirects a call follows, where it follows them
     * @param compression whether it asks for compressed responses, and reads them
     * @param http2 whether it speaks HTTP/2 where the server does
     * @param alpn whether it offers HTTP/2 in the TLS handshake, which {@code http2} does too
     */
    public record HttpOptions(boolean followRedirects, int maxRedirects, boolean compression, boolean http2,
            boolean alpn) {

        /** Without compression, which a client's settings have by default where the application's server has it. */
        public static final HttpOptions DEFAULT = new HttpOptions(false, 16, false, false, false);
    }

    /**
     * How the WebSocket transport speaks to its server, past its URL and connections.
     *
     * @param maxMessageSize the largest message it reads, in bytes
     * @param offerPerMessageCompression whether it offers permessage-deflate in its upgrade request
     * @param compressionLevel how hard it deflates what it sends, where the server agreed: 0 (not at all) to 9
     */
    public record WebSocketOptions(int maxMessageSize, boolean offerPerMessageCompression, int compressionLevel) {

        public static final WebSocketOptions DEFAULT = new WebSocketOptions(16 * 1024 * 1024, false, 6);

        /** Whether a compression level is one deflate knows. */
        public static boolean compressionLevelWorks(int level) {
            return level >= 0 && level <= 9;
        }
    }

    /** The methods of a server's subscriptions; {@code subscribeMethod} empty when each calls its own. */
    public record SubscriptionProtocol(Optional<String> subscribeMethod, String notificationMethod,
            String unsubscribeMethod, boolean resubscribe) {

        public static final SubscriptionProtocol DEFAULT = new SubscriptionProtocol(Optional.empty(),
                "rpc.subscription", "rpc.unsubscribe", false);
    }

    /** Background reconnection of a WebSocket. */
    public record Reconnect(boolean enabled, Duration initialDelay, Duration maxDelay) {

        public static final Reconnect DEFAULT = new Reconnect(true, Duration.ofMillis(200), Duration.ofSeconds(30));

        /** Whether pauses can work: the first positive, and not longer than the longest. */
        public static boolean delaysWork(Duration initialDelay, Duration maxDelay) {
            return !initialDelay.isNegative() && !initialDelay.isZero() && maxDelay.compareTo(initialDelay) >= 0;
        }
    }

    /** Whether the client's calls are timed, and whether each is a span, where the application can do either. */
    public record Telemetry(boolean metrics, boolean traces) {

        public static final Telemetry DEFAULT = new Telemetry(true, true);
    }

    /** Whether the messages are logged, and how many characters of each; {@code payloadLimit} -1 for all. */
    public record TrafficLogging(boolean enabled, int payloadLimit) {

        public static final TrafficLogging OFF = new TrafficLogging(false, 100);
    }

    /** The shortest positive duration a client counts: its timers and Vert.x's timeouts count whole milliseconds. */
    private static final Duration FINEST = Duration.ofMillis(1);

    /**
     * Whether a duration is positive but under a millisecond: counted in milliseconds it would be 0, which for a
     * timeout means no limit at all.
     */
    public static boolean underOneMillisecond(Duration duration) {
        return !duration.isNegative() && !duration.isZero() && duration.compareTo(FINEST) < 0;
    }

    /** The longest connect timeout: Vert.x counts it in milliseconds in an int, which 24 days fit. */
    public static final Duration LONGEST_CONNECT_TIMEOUT = Duration.ofDays(24);

    public ClientSettings withMadeHeaders(JsonRpcClientHeaders madeHeaders) {
        return new ClientSettings(configKey, url, timeout, connectTimeout, pingInterval, headers, tlsConfigurationName,
                proxyConfigurationName, paramsStyle,
                maxHttpConnections, httpOptions, webSocketOptions, subscriptions, reconnect, telemetry, trafficLogging,
                madeHeaders);
    }

    /** A duration as the client's messages and the Dev UI write it: {@code 0.3s}, {@code 30s}, {@code 1m}. */
    public static String text(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }

    /** {@code ws}, {@code wss}, or their {@code stork+} forms. */
    public boolean webSocket() {
        return switch (scheme()) {
            case "ws", "wss", "stork+ws", "stork+wss" -> true;
            default -> false;
        };
    }

    /**
     * Whether a URL never uses TLS: {@code http://} or {@code ws://}. (The instances of a Stork service may be secure
     * whatever its URL's scheme.)
     */
    public static boolean neverSecure(URI url) {
        return switch (scheme(url)) {
            case "http", "ws" -> true;
            default -> false;
        };
    }

    /** {@code https}, {@code wss}, or their Stork forms: of a service, whose instances may be secure besides. */
    public boolean secure() {
        return switch (scheme()) {
            case "https", "wss", "storks", "stork+wss" -> true;
            default -> false;
        };
    }

    /**
     * The service whose instances SmallRye Stork finds, for a {@code stork://}, {@code storks://},
     * {@code stork+ws://} or {@code stork+wss://} URL: its host; {@code null} for a URL of a server.
     */
    public String serviceName() {
        return scheme().startsWith("stork") ? url.getHost() : null;
    }

    private String scheme() {
        return scheme(url);
    }

    private static String scheme(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT);
    }
}
