package io.quarkiverse.jsonrpc.client.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A client's properties as SmallRye Config maps them, made its settings: each property reaches them, and a property
 * unset gives what a builder's client has unless told.
 */
class ConfiguredSettingsTest {

    private static final String PREFIX = "quarkus.jsonrpc-client.\"calc\".";

    static ClientSettings settings(Map<String, String> properties) {
        Map<String, String> values = new HashMap<>();
        properties.forEach((name, value) -> values.put(PREFIX + name, value));
        // with Quarkus's converters of durations ("1s") and sizes ("16M")
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(JsonRpcClientsConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withDefaultValues(values).build();
        return ConfiguredSettings.of("calc", "org.acme.Calc", null,
                config.getConfigMapping(JsonRpcClientsConfig.class).clients().get("calc"));
    }

    @Test
    void everyPropertyReachesTheSettings() {
        Map<String, String> properties = new HashMap<>();
        properties.put("url", "wss://calc.example.com/rpc");
        properties.put("timeout", "5s");
        properties.put("connect-timeout", "2s");
        properties.put("ping-interval", "15s");
        properties.put("headers.\"X-Tenant\"", "acme");
        properties.put("bearer-token", "t0ken");
        properties.put("tls-configuration-name", "calc-tls");
        properties.put("proxy-configuration-name", "none");
        properties.put("params-style", "named");
        properties.put("max-http-connections", "3");
        properties.put("follow-redirects", "true");
        properties.put("max-redirects", "4");
        properties.put("enable-compression", "true");
        properties.put("http2", "true");
        properties.put("alpn", "true");
        properties.put("max-message-size", "1M");
        properties.put("offer-per-message-compression", "true");
        properties.put("compression-level", "1");
        properties.put("subscriptions.subscribe-method", "eth_subscribe");
        properties.put("subscriptions.notification-method", "eth_subscription");
        properties.put("subscriptions.unsubscribe-method", "eth_unsubscribe");
        properties.put("subscriptions.resubscribe", "true");
        properties.put("reconnect.enabled", "false");
        properties.put("reconnect.initial-delay", "1s");
        properties.put("reconnect.max-delay", "1m");
        properties.put("metrics.enabled", "false");
        properties.put("traces.enabled", "false");
        properties.put("traffic-logging.enabled", "true");
        properties.put("traffic-logging.payload-limit", "-1");

        ClientSettings settings = settings(properties);

        assertThat(settings.configKey()).isEqualTo("calc");
        assertThat(settings.url()).isEqualTo(URI.create("wss://calc.example.com/rpc"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.pingInterval()).contains(Duration.ofSeconds(15));
        assertThat(settings.headers()).isEqualTo(Map.of("X-Tenant", "acme", "Authorization", "Bearer t0ken"));
        assertThat(settings.tlsConfigurationName()).contains("calc-tls");
        assertThat(settings.proxyConfigurationName()).contains("none");
        assertThat(settings.paramsStyle()).isEqualTo(ParamsStyle.NAMED);
        assertThat(settings.maxHttpConnections()).isEqualTo(3);
        assertThat(settings.httpOptions()).isEqualTo(new ClientSettings.HttpOptions(true, 4, true, true, true));
        assertThat(settings.webSocketOptions()).isEqualTo(new ClientSettings.WebSocketOptions(1024 * 1024, true, 1));
        assertThat(settings.subscriptions()).isEqualTo(new ClientSettings.SubscriptionProtocol(
                Optional.of("eth_subscribe"), "eth_subscription", "eth_unsubscribe", true));
        assertThat(settings.reconnect()).isEqualTo(new ClientSettings.Reconnect(false, Duration.ofSeconds(1),
                Duration.ofMinutes(1)));
        assertThat(settings.telemetry()).isEqualTo(new ClientSettings.Telemetry(false, false));
        assertThat(settings.trafficLogging()).isEqualTo(new ClientSettings.TrafficLogging(true, -1));
    }

    @Test
    void theCredentialsOfBasicAuthenticationAreSentAsItsHeader() {
        ClientSettings settings = settings(Map.of("url", "http://localhost:8080", "username", "alice",
                "password", "secret"));

        assertThat(settings.headers()).isEqualTo(Map.of("Authorization", "Basic YWxpY2U6c2VjcmV0"));
    }

    /** The builder's defaults, which {@code JsonRpcClientBuilder} promises are the configuration's. */
    @Test
    void thePropertiesUnsetGiveTheDefaultsOfABuiltClient() {
        ClientSettings settings = settings(Map.of("url", "http://localhost:8080/jsonrpc"));

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.pingInterval()).isEmpty();
        assertThat(settings.headers()).isEmpty();
        assertThat(settings.tlsConfigurationName()).isEmpty();
        assertThat(settings.proxyConfigurationName()).isEmpty();
        assertThat(settings.paramsStyle()).isEqualTo(ParamsStyle.POSITIONAL);
        assertThat(settings.maxHttpConnections()).isEqualTo(20);
        // without quarkus.http.enable-compression, as here, a client asks for no compression
        assertThat(settings.httpOptions()).isEqualTo(ClientSettings.HttpOptions.DEFAULT);
        assertThat(settings.webSocketOptions()).isEqualTo(ClientSettings.WebSocketOptions.DEFAULT);
        assertThat(settings.subscriptions()).isEqualTo(ClientSettings.SubscriptionProtocol.DEFAULT);
        assertThat(settings.reconnect()).isEqualTo(ClientSettings.Reconnect.DEFAULT);
        assertThat(settings.telemetry()).isEqualTo(ClientSettings.Telemetry.DEFAULT);
        assertThat(settings.trafficLogging()).isEqualTo(ClientSettings.TrafficLogging.OFF);
    }

    @Test
    void aPasswordWithoutItsUserNameStopsTheApplicationRatherThanSendingNoCredentials() {
        assertThatThrownBy(() -> settings(Map.of("url", "http://localhost:8080", "password", "secret")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "password"))
                .hasMessage(PREFIX + "password is set without " + PREFIX + "username: set the user name that HTTP"
                        + " Basic authentication sends with it");
    }

    @Test
    void twoCredentialsStopTheApplicationRatherThanOneBeingDropped() {
        assertThatThrownBy(() -> settings(Map.of("url", "http://localhost:8080", "username", "alice",
                "password", "secret", "bearer-token", "t0ken")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "bearer-token"))
                .hasMessage(PREFIX + "username and bearer-token are both set, and each would be the Authorization"
                        + " header: keep one");
        assertThatThrownBy(() -> settings(Map.of("url", "http://localhost:8080", "bearer-token", "t0ken",
                "headers.\"authorization\"", "Bearer other")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "headers.\"authorization\""))
                .hasMessage(PREFIX + "headers.\"authorization\" and bearer-token are both set, and each would be the"
                        + " Authorization header: keep one");
    }

    @Test
    void anAuthorizationHeaderAloneIsSentAsWritten() {
        assertThat(settings(Map.of("url", "http://localhost:8080", "headers.\"Authorization\"", "ApiKey k3y"))
                .headers()).isEqualTo(Map.of("Authorization", "ApiKey k3y"));
    }

    /** Unused over http:// and ws://, where a user who named it would believe the connections secured by it. */
    @Test
    void aTlsConfigurationForAUrlWithoutTlsStopsTheApplication() {
        assertThatThrownBy(() -> settings(Map.of("url", "http://localhost:8080", "tls-configuration-name", "calc-tls")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "tls-configuration-name"))
                .hasMessage(PREFIX + "tls-configuration-name is 'calc-tls', but the client's URL"
                        + " http://localhost:8080 never uses TLS: write an https:// or wss:// URL, or remove"
                        + " tls-configuration-name");
        assertThatThrownBy(() -> settings(Map.of("url", "WS://localhost:8080", "tls-configuration-name", "calc-tls")))
                .isInstanceOf(ConfigurationException.class);
        // a Stork service's instances may be secure, whatever its URL's scheme
        for (String url : new String[] { "https://localhost:8443", "wss://localhost:8443", "stork://calc",
                "stork+ws://calc" }) {
            assertThat(settings(Map.of("url", url, "tls-configuration-name", "calc-tls")).tlsConfigurationName())
                    .as(url).contains("calc-tls");
        }
        DefaultJsonRpcClientBuilder builder = new DefaultJsonRpcClientBuilder(null);
        builder.url(URI.create("ws://localhost:8080/jsonrpc")).tlsConfigurationName("calc-tls");
        assertThatThrownBy(() -> builder.build(Object.class)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The TLS configuration 'calc-tls' is named for ws://localhost:8080/jsonrpc, which never"
                        + " uses TLS: give an https:// or wss:// URL, or no TLS configuration");
    }

    /** Vert.x counts it in an int of milliseconds: 25 days made a negative, which it refused without naming it. */
    @Test
    void aConnectTimeoutPastTwentyFourDaysIsRefusedByName() {
        assertThat(settings(Map.of("url", "http://localhost:8080", "connect-timeout", "24d")).connectTimeout())
                .isEqualTo(Duration.ofDays(24));
        assertThatThrownBy(() -> settings(Map.of("url", "http://localhost:8080", "connect-timeout", "25d")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "connect-timeout"))
                .hasMessage(PREFIX + "connect-timeout is 600h: write at most 24d, or 0 for no limit");
    }

    /**
     * The client counts time in milliseconds: a duration under one was 0, for a timeout no limit at all. Refused by
     * name, as a builder refuses it.
     */
    @Test
    void aDurationUnderAMillisecondIsRefusedByNameRatherThanCountedAsZero() {
        Map<String, String> properties = new HashMap<>();
        properties.put("url", "ws://localhost:8080");
        properties.put("timeout", "PT0.0005S");
        properties.put("connect-timeout", "PT0.000001S");
        properties.put("ping-interval", "PT0.0009S");
        properties.put("reconnect.initial-delay", "PT0.0002S");
        properties.put("reconnect.max-delay", "PT0.0002S");
        assertThatThrownBy(() -> settings(properties))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly(PREFIX + "timeout", PREFIX + "connect-timeout", PREFIX + "ping-interval",
                                PREFIX + "reconnect.initial-delay"))
                .hasMessage(PREFIX + "timeout is 0.0005s, under 1ms, the finest the client counts: write at least 1ms,"
                        + " or 0 to wait as long as it takes; " + PREFIX + "connect-timeout is 0.000001s, under 1ms,"
                        + " the finest the client counts: write at least 1ms, or 0 for no limit; " + PREFIX
                        + "ping-interval is 0.0009s, under 1ms, the finest the client counts: write at least 1ms, or"
                        + " leave it unset for no pings; " + PREFIX + "reconnect.initial-delay is 0.0002s, under 1ms,"
                        + " the finest the client counts: write at least 1ms");
        // 1ms is counted as it is
        assertThat(settings(Map.of("url", "ws://localhost:8080", "timeout", "1ms")).timeout())
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aBuilderRefusesADurationUnderAMillisecond() {
        DefaultJsonRpcClientBuilder builder = new DefaultJsonRpcClientBuilder(null);
        Duration halfAMillisecond = Duration.ofNanos(500_000);
        assertThatThrownBy(() -> builder.timeout(halfAMillisecond)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A call's timeout cannot be under 1ms, the finest the client counts: 0.0005s"
                        + " (0 waits as long as it takes)");
        assertThatThrownBy(() -> builder.connectTimeout(halfAMillisecond)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The connect timeout cannot be under 1ms, the finest the client counts: 0.0005s"
                        + " (0 puts no limit on it)");
        assertThatThrownBy(() -> builder.pingInterval(halfAMillisecond)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The ping interval cannot be under 1ms, the finest the client counts: 0.0005s");
        assertThatThrownBy(() -> builder.reconnectDelays(halfAMillisecond, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reconnection's first pause cannot be under 1ms, the finest the client counts:"
                        + " 0.0005s");
        builder.timeout(Duration.ofMillis(1)).connectTimeout(Duration.ofMillis(1)).pingInterval(Duration.ofMillis(1))
                .reconnectDelays(Duration.ofMillis(1), Duration.ofMillis(1));
    }
}
