package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig.ClientConfig;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig.ReconnectConfig;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig.SubscriptionsConfig;
import io.quarkus.runtime.configuration.ConfigurationException;

/** A client's settings read from {@code quarkus.jsonrpc-client."<key>".*}, checked as the application starts. */
final class ConfiguredSettings {

    private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss", "stork", "storks", "stork+ws",
            "stork+wss");

    private ConfiguredSettings() {
    }

    /** @param endpoint the path of the {@code @JsonRpcEndpoint} whose methods it calls; {@code null} for none */
    static ClientSettings of(String configKey, String interfaceName, String endpoint, ClientConfig config) {
        String property = "quarkus.jsonrpc-client.\"" + configKey + "\".url";
        String client = "'" + configKey + "' (" + interfaceName + ")";
        if (config == null || config.url().isEmpty() || config.url().get().isBlank()) {
            throw new ConfigurationException("The JSON-RPC client " + client + " has no URL: set " + property
                    + " to the server's http://, https://, ws:// or wss:// URL", Set.of(property));
        }
        URI url = EndpointUrls.resolve(url(config.url().get().trim(), property), endpoint, config.pathParams(), client,
                property, "quarkus.jsonrpc-client.\"" + configKey + "\".path-params.\"<name>\"");
        Map<String, String> headers = new LinkedHashMap<>(config.headers());
        authorization(config.username(), config.password(), config.bearerToken())
                .ifPresent(value -> headers.put("Authorization", value));
        SubscriptionsConfig subscriptions = config.subscriptions();
        ReconnectConfig reconnect = config.reconnect();
        checkValues(configKey, config, url);
        int payloadLimit = config.trafficLogging().payloadLimit();
        return new ClientSettings(configKey, url, config.timeout(), config.connectTimeout(), config.pingInterval(),
                Map.copyOf(headers), config.tlsConfigurationName(), config.proxyConfigurationName(),
                config.paramsStyle(), config.maxHttpConnections(),
                new ClientSettings.HttpOptions(config.followRedirects(), config.maxRedirects(),
                        config.enableCompression().orElseGet(ConfiguredSettings::compressionByDefault),
                        config.http2(), config.alpn()),
                new ClientSettings.WebSocketOptions((int) config.maxMessageSize().asLongValue(),
                        config.offerPerMessageCompression(), config.compressionLevel()),
                new ClientSettings.SubscriptionProtocol(subscriptions.subscribeMethod(),
                        subscriptions.notificationMethod(), subscriptions.unsubscribeMethod(),
                        subscriptions.resubscribe()),
                new ClientSettings.Reconnect(reconnect.enabled(), reconnect.initialDelay(), reconnect.maxDelay()),
                new ClientSettings.Telemetry(config.metrics().enabled(), config.traces().enabled()),
                new ClientSettings.TrafficLogging(config.trafficLogging().enabled(), payloadLimit),
                null);
    }

    /**
     * The numbers and durations that cannot work, the credentials that contradict each other, and a TLS configuration
     * for a URL without TLS, in one exception.
     */
    private static void checkValues(String configKey, ClientConfig config, URI url) {
        String prefix = "quarkus.jsonrpc-client.\"" + configKey + "\".";
        Map<String, String> problems = new LinkedHashMap<>();
        checkCredentials(prefix, config, problems);
        // else unused, and a user who named it would believe the connections secured by it
        if (config.tlsConfigurationName().isPresent() && ClientSettings.neverSecure(url)) {
            problems.put(prefix + "tls-configuration-name", prefix + "tls-configuration-name is '"
                    + config.tlsConfigurationName().get() + "', but the client's URL " + url + " never uses TLS:"
                    + " write an https:// or wss:// URL, or remove tls-configuration-name");
        }
        int payloadLimit = config.trafficLogging().payloadLimit();
        if (payloadLimit < -1) {
            problems.put(prefix + "traffic-logging.payload-limit", prefix + "traffic-logging.payload-limit is "
                    + payloadLimit + ": write a number of characters, or -1 to log whole messages");
        }
        if (config.timeout().isNegative()) {
            problems.put(prefix + "timeout", prefix + "timeout is " + ClientSettings.text(config.timeout())
                    + ": write how long a call waits, or 0 to wait as long as it takes");
        }
        underOneMillisecond(prefix + "timeout", config.timeout(), ", or 0 to wait as long as it takes", problems);
        if (config.connectTimeout().isNegative()) {
            problems.put(prefix + "connect-timeout", prefix + "connect-timeout is "
                    + ClientSettings.text(config.connectTimeout())
                    + ": write how long opening a connection may take, or 0 for no limit");
        } else if (config.connectTimeout().compareTo(ClientSettings.LONGEST_CONNECT_TIMEOUT) > 0) {
            problems.put(prefix + "connect-timeout", prefix + "connect-timeout is "
                    + ClientSettings.text(config.connectTimeout()) + ": write at most 24d, or 0 for no limit");
        }
        underOneMillisecond(prefix + "connect-timeout", config.connectTimeout(), ", or 0 for no limit", problems);
        Duration pingInterval = config.pingInterval().orElse(null);
        if (pingInterval != null && (pingInterval.isZero() || pingInterval.isNegative())) {
            problems.put(prefix + "ping-interval", prefix + "ping-interval is " + ClientSettings.text(pingInterval)
                    + ": write how often to ping the server, or leave it unset for no pings");
        }
        if (pingInterval != null) {
            underOneMillisecond(prefix + "ping-interval", pingInterval, ", or leave it unset for no pings", problems);
        }
        if (config.maxHttpConnections() < 1) {
            problems.put(prefix + "max-http-connections", prefix + "max-http-connections is "
                    + config.maxHttpConnections() + ": a client needs at least one HTTP connection");
        }
        if (config.maxRedirects() < 0) {
            problems.put(prefix + "max-redirects", prefix + "max-redirects is " + config.maxRedirects()
                    + ": write how many redirects a call follows at most, 0 for none");
        }
        long maxMessageSize = config.maxMessageSize().asLongValue();
        if (maxMessageSize < 1 || maxMessageSize > Integer.MAX_VALUE) {
            problems.put(prefix + "max-message-size", prefix + "max-message-size is " + maxMessageSize
                    + " bytes: write the largest message the client reads, from 1 byte to under 2G");
        }
        if (!ClientSettings.WebSocketOptions.compressionLevelWorks(config.compressionLevel())) {
            problems.put(prefix + "compression-level", prefix + "compression-level is " + config.compressionLevel()
                    + ": write how hard the client deflates what it sends, from 0 (not at all) to 9 (hardest)");
        }
        Duration initialDelay = config.reconnect().initialDelay();
        Duration maxDelay = config.reconnect().maxDelay();
        if (!ClientSettings.Reconnect.delaysWork(initialDelay, maxDelay)) {
            problems.put(prefix + "reconnect.initial-delay", prefix + "reconnect.initial-delay is "
                    + ClientSettings.text(initialDelay) + " and reconnect.max-delay " + ClientSettings.text(maxDelay)
                    + ": the first pause must be positive, and not longer than the longest");
        }
        // a max-delay under 1ms has an initial-delay under it, or longer than it
        underOneMillisecond(prefix + "reconnect.initial-delay", initialDelay, "", problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems.values()), problems.keySet());
        }
    }

    /**
     * A duration the client would count as 0 milliseconds, which is no limit for a timeout: refused rather than
     * rounded up, as a value under 1ms for any of them is a mistake, and one that would silently turn into another.
     */
    private static void underOneMillisecond(String property, Duration value, String otherwise,
            Map<String, String> problems) {
        if (ClientSettings.underOneMillisecond(value)) {
            problems.put(property, property + " is " + ClientSettings.text(value) + ", under 1ms, the finest the"
                    + " client counts: write at least 1ms" + otherwise);
        }
    }

    /**
     * Each credential is sent as the {@code Authorization} header, which a request has once: of two, one would be
     * dropped without a word, and a password without its user name would send no credentials at all, each call then
     * refused by the server.
     */
    private static void checkCredentials(String prefix, ClientConfig config, Map<String, String> problems) {
        if (config.password().isPresent() && config.username().isEmpty()) {
            problems.put(prefix + "password", prefix + "password is set without " + prefix + "username: set the user"
                    + " name that HTTP Basic authentication sends with it");
        }
        if (config.username().isPresent() && config.bearerToken().isPresent()) {
            problems.put(prefix + "bearer-token", prefix + "username and bearer-token are both set, and each would be"
                    + " the Authorization header: keep one");
        }
        String credentials = config.username().isPresent() ? "username"
                : config.bearerToken().isPresent()
                        ? "bearer-token"
                        : null;
        config.headers().keySet().stream().filter("Authorization"::equalsIgnoreCase).findFirst()
                .filter(header -> credentials != null)
                .ifPresent(header -> problems.put(prefix + "headers.\"" + header + "\"", prefix + "headers.\"" + header
                        + "\" and " + credentials + " are both set, and each would be the Authorization header: keep"
                        + " one"));
    }

    /**
     * Whether a client asks for compressed responses unless told: where the application's own server compresses
     * ({@code quarkus.http.enable-compression}), as a REST client does.
     */
    static boolean compressionByDefault() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.enable-compression", Boolean.class)
                .orElse(false);
    }

    static URI url(String value, String property) {
        try {
            URI url = new URI(value);
            if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase()) || url.getHost() == null) {
                throw new ConfigurationException(property + " is '" + value + "': write an http://, https://, ws://"
                        + " or wss:// URL with a host, or a stork://, storks://, stork+ws:// or stork+wss:// URL with"
                        + " the name of a service", Set.of(property));
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(property + " is '" + value + "', which is not a URL: " + e.getMessage(),
                    Set.of(property));
        }
    }

    static Optional<String> authorization(Optional<String> username, Optional<String> password,
            Optional<String> bearerToken) {
        if (username.isPresent()) {
            String credentials = username.get() + ":" + password.orElse("");
            return Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return bearerToken.map(token -> "Bearer " + token);
    }
}
