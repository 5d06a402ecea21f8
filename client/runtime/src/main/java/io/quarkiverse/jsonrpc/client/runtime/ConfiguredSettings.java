package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        int payloadLimit = config.trafficLogging().payloadLimit();
        if (payloadLimit < -1) {
            String limitProperty = "quarkus.jsonrpc-client.\"" + configKey + "\".traffic-logging.payload-limit";
            throw new ConfigurationException(limitProperty + " is " + payloadLimit + ": write a number of characters,"
                    + " or -1 to log whole messages", Set.of(limitProperty));
        }
        SubscriptionsConfig subscriptions = config.subscriptions();
        ReconnectConfig reconnect = config.reconnect();
        return new ClientSettings(configKey, url, config.timeout(), config.connectTimeout(), Map.copyOf(headers),
                config.tlsConfigurationName(), config.proxyConfigurationName(), config.paramsStyle(),
                config.maxHttpConnections(),
                new ClientSettings.SubscriptionProtocol(subscriptions.subscribeMethod(),
                        subscriptions.notificationMethod(), subscriptions.unsubscribeMethod(),
                        subscriptions.resubscribe()),
                new ClientSettings.Reconnect(reconnect.enabled(), reconnect.initialDelay(), reconnect.maxDelay()),
                new ClientSettings.Telemetry(config.metrics().enabled(), config.traces().enabled()),
                new ClientSettings.TrafficLogging(config.trafficLogging().enabled(), payloadLimit),
                null);
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
