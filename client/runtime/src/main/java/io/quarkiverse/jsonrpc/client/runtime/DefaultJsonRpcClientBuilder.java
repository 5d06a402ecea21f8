package io.quarkiverse.jsonrpc.client.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/** A new one per {@link JsonRpcClientBuilder#newBuilder()}: a dependent bean. */
@Dependent
public class DefaultJsonRpcClientBuilder implements JsonRpcClientBuilder {

    private final JsonRpcClients clients;
    private URI url;
    private Duration timeout = Duration.ofSeconds(30);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Optional<Duration> pingInterval = Optional.empty();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private Optional<String> tlsConfigurationName = Optional.empty();
    private Optional<String> proxyConfigurationName = Optional.empty();
    private ParamsStyle paramsStyle = ParamsStyle.POSITIONAL;
    private JsonRpcClientHeaders madeHeaders;
    private ClientSettings.TrafficLogging trafficLogging = ClientSettings.TrafficLogging.OFF;
    private int maxHttpConnections = 20;
    private ClientSettings.HttpOptions httpOptions;
    private ClientSettings.WebSocketOptions webSocketOptions = ClientSettings.WebSocketOptions.DEFAULT;
    private ClientSettings.SubscriptionProtocol subscriptions = ClientSettings.SubscriptionProtocol.DEFAULT;
    private ClientSettings.Reconnect reconnect = ClientSettings.Reconnect.DEFAULT;
    private ClientSettings.Telemetry telemetry = ClientSettings.Telemetry.DEFAULT;

    DefaultJsonRpcClientBuilder(JsonRpcClients clients) {
        this.clients = clients;
        ClientSettings.HttpOptions defaults = ClientSettings.HttpOptions.DEFAULT;
        this.httpOptions = new ClientSettings.HttpOptions(defaults.followRedirects(), defaults.maxRedirects(),
                ConfiguredSettings.compressionByDefault(), defaults.http2(), defaults.alpn());
    }

    @Override
    public JsonRpcClientBuilder url(URI url) {
        this.url = ConfiguredSettings.url(url.toString(), "The builder's URL");
        return this;
    }

    @Override
    public JsonRpcClientBuilder timeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("A call's timeout cannot be negative: " + ClientSettings.text(timeout)
                    + " (0 waits as long as it takes)");
        }
        notUnderOneMillisecond("A call's timeout", timeout, " (0 waits as long as it takes)");
        this.timeout = timeout;
        return this;
    }

    @Override
    public JsonRpcClientBuilder connectTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("The connect timeout cannot be negative: " + ClientSettings.text(timeout)
                    + " (0 puts no limit on it)");
        }
        if (timeout.compareTo(ClientSettings.LONGEST_CONNECT_TIMEOUT) > 0) {
            throw new IllegalArgumentException("The connect timeout cannot be longer than 24d: "
                    + ClientSettings.text(timeout) + " (0 puts no limit on it)");
        }
        notUnderOneMillisecond("The connect timeout", timeout, " (0 puts no limit on it)");
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public JsonRpcClientBuilder pingInterval(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("The ping interval must be positive: " + ClientSettings.text(interval)
                    + " (without pingInterval(...) the client sends no pings)");
        }
        notUnderOneMillisecond("The ping interval", interval, "");
        this.pingInterval = Optional.of(interval);
        return this;
    }

    @Override
    public JsonRpcClientBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    @Override
    public JsonRpcClientBuilder pathParam(String name, String value) {
        pathParams.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    @Override
    public JsonRpcClientBuilder headers(JsonRpcClientHeaders headers) {
        this.madeHeaders = Objects.requireNonNull(headers);
        return this;
    }

    @Override
    public JsonRpcClientBuilder basicAuth(String username, String password) {
        ConfiguredSettings.authorization(Optional.of(username), Optional.of(password), Optional.empty())
                .ifPresent(value -> headers.put("Authorization", value));
        return this;
    }

    @Override
    public JsonRpcClientBuilder bearerToken(String token) {
        headers.put("Authorization", "Bearer " + token);
        return this;
    }

    @Override
    public JsonRpcClientBuilder tlsConfigurationName(String name) {
        this.tlsConfigurationName = Optional.of(name);
        return this;
    }

    @Override
    public JsonRpcClientBuilder proxyConfigurationName(String name) {
        this.proxyConfigurationName = Optional.of(name);
        return this;
    }

    @Override
    public JsonRpcClientBuilder paramsStyle(ParamsStyle style) {
        this.paramsStyle = Objects.requireNonNull(style);
        return this;
    }

    @Override
    public JsonRpcClientBuilder maxHttpConnections(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A client needs at least one HTTP connection: " + max);
        }
        this.maxHttpConnections = max;
        return this;
    }

    @Override
    public JsonRpcClientBuilder followRedirects(boolean follow) {
        httpOptions = new ClientSettings.HttpOptions(follow, httpOptions.maxRedirects(), httpOptions.compression(),
                httpOptions.http2(), httpOptions.alpn());
        return this;
    }

    @Override
    public JsonRpcClientBuilder maxRedirects(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("The most redirects a call follows cannot be negative: " + max
                    + " (0 follows none)");
        }
        httpOptions = new ClientSettings.HttpOptions(httpOptions.followRedirects(), max, httpOptions.compression(),
                httpOptions.http2(), httpOptions.alpn());
        return this;
    }

    @Override
    public JsonRpcClientBuilder enableCompression(boolean enabled) {
        httpOptions = new ClientSettings.HttpOptions(httpOptions.followRedirects(), httpOptions.maxRedirects(),
                enabled, httpOptions.http2(), httpOptions.alpn());
        return this;
    }

    @Override
    public JsonRpcClientBuilder http2(boolean enabled) {
        httpOptions = new ClientSettings.HttpOptions(httpOptions.followRedirects(), httpOptions.maxRedirects(),
                httpOptions.compression(), enabled, httpOptions.alpn());
        return this;
    }

    @Override
    public JsonRpcClientBuilder alpn(boolean enabled) {
        httpOptions = new ClientSettings.HttpOptions(httpOptions.followRedirects(), httpOptions.maxRedirects(),
                httpOptions.compression(), httpOptions.http2(), enabled);
        return this;
    }

    @Override
    public JsonRpcClientBuilder maxMessageSize(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("The largest message the client reads must be at least 1 byte: "
                    + bytes);
        }
        webSocketOptions = new ClientSettings.WebSocketOptions(bytes, webSocketOptions.offerPerMessageCompression(),
                webSocketOptions.compressionLevel());
        return this;
    }

    @Override
    public JsonRpcClientBuilder offerPerMessageCompression(boolean offer) {
        webSocketOptions = new ClientSettings.WebSocketOptions(webSocketOptions.maxMessageSize(), offer,
                webSocketOptions.compressionLevel());
        return this;
    }

    @Override
    public JsonRpcClientBuilder compressionLevel(int level) {
        if (!ClientSettings.WebSocketOptions.compressionLevelWorks(level)) {
            throw new IllegalArgumentException("A compression level is from 0 (not at all) to 9 (hardest): " + level);
        }
        webSocketOptions = new ClientSettings.WebSocketOptions(webSocketOptions.maxMessageSize(),
                webSocketOptions.offerPerMessageCompression(), level);
        return this;
    }

    @Override
    public JsonRpcClientBuilder subscriptions(String subscribeMethod, String notificationMethod,
            String unsubscribeMethod) {
        subscriptions = new ClientSettings.SubscriptionProtocol(Optional.ofNullable(subscribeMethod),
                Objects.requireNonNull(notificationMethod), Objects.requireNonNull(unsubscribeMethod),
                subscriptions.resubscribe());
        return this;
    }

    @Override
    public JsonRpcClientBuilder resubscribe(boolean resubscribe) {
        subscriptions = new ClientSettings.SubscriptionProtocol(subscriptions.subscribeMethod(),
                subscriptions.notificationMethod(), subscriptions.unsubscribeMethod(), resubscribe);
        return this;
    }

    @Override
    public JsonRpcClientBuilder reconnect(boolean enabled) {
        reconnect = new ClientSettings.Reconnect(enabled, reconnect.initialDelay(), reconnect.maxDelay());
        return this;
    }

    @Override
    public JsonRpcClientBuilder reconnectDelays(Duration initialDelay, Duration maxDelay) {
        if (!ClientSettings.Reconnect.delaysWork(initialDelay, maxDelay)) {
            throw new IllegalArgumentException("The reconnection's first pause must be positive and not longer than"
                    + " its longest: " + ClientSettings.text(initialDelay) + " and " + ClientSettings.text(maxDelay));
        }
        notUnderOneMillisecond("The reconnection's first pause", initialDelay, "");
        reconnect = new ClientSettings.Reconnect(reconnect.enabled(), initialDelay, maxDelay);
        return this;
    }

    @Override
    public JsonRpcClientBuilder metrics(boolean enabled) {
        telemetry = new ClientSettings.Telemetry(enabled, telemetry.traces());
        return this;
    }

    @Override
    public JsonRpcClientBuilder traces(boolean enabled) {
        telemetry = new ClientSettings.Telemetry(telemetry.metrics(), enabled);
        return this;
    }

    @Override
    public JsonRpcClientBuilder trafficLogging(int payloadLimit) {
        if (payloadLimit < -1) {
            throw new IllegalArgumentException("A payload limit is a number of characters, or -1 for whole messages: "
                    + payloadLimit);
        }
        this.trafficLogging = new ClientSettings.TrafficLogging(true, payloadLimit);
        return this;
    }

    @Override
    public <T> T build(Class<T> clientInterface) {
        if (url == null) {
            throw new IllegalStateException("Set the server's URL with url(...) before build()");
        }
        if (tlsConfigurationName.isPresent() && ClientSettings.neverSecure(url)) {
            throw new IllegalStateException("The TLS configuration '" + tlsConfigurationName.get() + "' is named for "
                    + url + ", which never uses TLS: give an https:// or wss:// URL, or no TLS configuration");
        }
        String configKey = clients.configKeyOf(clientInterface);
        URI endpointUrl = EndpointUrls.resolve(url, clients.endpointOf(clientInterface), pathParams,
                "'" + configKey + "' (" + clientInterface.getName() + ")", "url(...)", "pathParam(...)");
        ClientSettings settings = new ClientSettings(configKey, endpointUrl, timeout, connectTimeout, pingInterval,
                Map.copyOf(headers), tlsConfigurationName, proxyConfigurationName, paramsStyle, maxHttpConnections,
                httpOptions, webSocketOptions, subscriptions, reconnect, telemetry, trafficLogging, madeHeaders);
        return clientInterface.cast(clients.build(clientInterface, settings));
    }

    /** Refuses a positive duration under 1ms, which the client's timers would count as 0. */
    private static void notUnderOneMillisecond(String what, Duration value, String otherwise) {
        if (ClientSettings.underOneMillisecond(value)) {
            throw new IllegalArgumentException(what + " cannot be under 1ms, the finest the client counts: "
                    + ClientSettings.text(value) + otherwise);
        }
    }
}
