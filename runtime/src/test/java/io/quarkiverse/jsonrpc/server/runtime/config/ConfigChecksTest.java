package io.quarkiverse.jsonrpc.server.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The server's configuration as SmallRye Config maps it, checked as the application starts. */
class ConfigChecksTest {

    private static JsonRpcServerConfig config(Map<String, String> values) {
        // with Quarkus's converters of durations ("1s") and sizes ("10M")
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(JsonRpcServerConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withDefaultValues(values).build();
        return config.getConfigMapping(JsonRpcServerConfig.class);
    }

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> ConfigChecks.check(config(Map.of()), false, false)).doesNotThrowAnyException();
        assertThatCode(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.max-batch-size", "0",
                "quarkus.jsonrpc-server.timeout", "1ms")), false, false)).doesNotThrowAnyException();
    }

    @Test
    void aTimeoutOfZeroIsRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.timeout", "0")), false, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.timeout=0s must be longer"
                        + " than zero (leave it unset for none)");
    }

    @Test
    void everyLimitThatRefusesEveryCallIsNamed() {
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of(
                "quarkus.jsonrpc-server.max-batch-size", "-1",
                "quarkus.jsonrpc-server.max-calls-in-flight", "0",
                "quarkus.jsonrpc-server.websocket.max-subscriptions", "0",
                "quarkus.jsonrpc-server.limits.max-response-size", "0",
                "quarkus.jsonrpc-server.limits.max-nesting-depth", "-1",
                "quarkus.jsonrpc-server.limits.max-token-count", "0",
                "quarkus.jsonrpc-server.redis.timeout", "-1s")), false, false))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.getConfigKeys()).containsExactly("quarkus.jsonrpc-server.max-batch-size",
                                "quarkus.jsonrpc-server.max-calls-in-flight",
                                "quarkus.jsonrpc-server.websocket.max-subscriptions",
                                "quarkus.jsonrpc-server.limits.max-response-size",
                                "quarkus.jsonrpc-server.limits.max-nesting-depth",
                                "quarkus.jsonrpc-server.limits.max-token-count",
                                "quarkus.jsonrpc-server.redis.timeout"))
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.max-batch-size=-1 must be"
                        + " at least 0 (0 turns batches off); quarkus.jsonrpc-server.max-calls-in-flight=0 must be at"
                        + " least 1; quarkus.jsonrpc-server.websocket.max-subscriptions=0 must be at least 1;"
                        + " quarkus.jsonrpc-server.limits.max-response-size=0 must be at least 1;"
                        + " quarkus.jsonrpc-server.limits.max-nesting-depth=-1 must be at least 1;"
                        + " quarkus.jsonrpc-server.limits.max-token-count=0 must be at least 1;"
                        + " quarkus.jsonrpc-server.redis.timeout=-1s must be longer than zero");
    }

    @Test
    void aPayloadLimitIsACountOfCharactersOrMinusOne() {
        assertThatCode(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.traffic-logging.payload-limit",
                "-1")), false, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.traffic-logging.payload-limit",
                "-2")), false, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.traffic-logging.payload-limit=-2"
                        + " must be at least -1 (-1 logs whole messages)");
    }

    @Test
    void whatNeedsAnExtensionNeedsIt() {
        Map<String, String> values = Map.of("quarkus.jsonrpc-server.auth.required", "true",
                "quarkus.jsonrpc-server.broadcast", "redis");
        assertThatThrownBy(() -> ConfigChecks.check(config(values), false, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.auth.required=true, but the"
                        + " application has no security extension to authenticate anyone: add one"
                        + " (quarkus-elytron-security-properties-file, quarkus-oidc, quarkus-smallrye-jwt...);"
                        + " quarkus.jsonrpc-server.broadcast=redis needs the quarkus-redis-client extension: add"
                        + " io.quarkus:quarkus-redis-client to the application");
        assertThatCode(() -> ConfigChecks.check(config(values), true, true)).doesNotThrowAnyException();
    }

    @Test
    void aTypoInAuthRequiredStopsTheApplicationRatherThanTurningAuthenticationOff() {
        assertThatThrownBy(() -> config(Map.of("quarkus.jsonrpc-server.auth.required", "maybe")))
                .hasStackTraceContaining("quarkus.jsonrpc-server.auth.required")
                .hasStackTraceContaining("'maybe' is neither true nor false: write true or false");
        assertThat(config(Map.of("quarkus.jsonrpc-server.auth.required", "Yes")).auth().required()).isTrue();
        assertThat(config(Map.of("quarkus.jsonrpc-server.auth.required", "off")).auth().required()).isFalse();
        assertThat(config(Map.of()).auth().required()).isFalse();
    }

    @Test
    void anAllowedOriginIsOneABrowserSends() {
        assertThatCode(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.websocket.allowed-origins",
                "https://app.example.com,HTTP://LocalHost:3000/,https://ported.example.com:443,*")), false, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.websocket.allowed-origins",
                "https://app.example.com,app.example.com,localhost:3000,https://app.example.com/chat,"
                        + "https://*.example.com")),
                false, false))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly("quarkus.jsonrpc-server.websocket.allowed-origins"))
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.websocket.allowed-origins:"
                        + " 'app.example.com', 'localhost:3000', 'https://app.example.com/chat',"
                        + " 'https://*.example.com' are not origins: write each as a browser sends it,"
                        + " scheme://host[:port] without a path (https://app.example.com), or * for any");
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.websocket.allowed-origins",
                "app.example.com")), false, false))
                .hasMessageEndingWith("allowed-origins: 'app.example.com' is not an origin: write each as a browser"
                        + " sends it, scheme://host[:port] without a path (https://app.example.com), or * for any");
    }

    @Test
    void aResponseSizeLimitPastTheLargestArrayIsRefusedRatherThanLowered() {
        assertThatCode(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.limits.max-response-size",
                "2047M")), false, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of("quarkus.jsonrpc-server.limits.max-response-size",
                "4G")), false, false))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly("quarkus.jsonrpc-server.limits.max-response-size"))
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.limits.max-response-size="
                        + "4294967296 must be at most 2147483639 bytes (2047M): a response is written in memory, in"
                        + " one array");
    }

    @Test
    void theReadLimitsAndRedisPausesAreCheckedToo() {
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of(
                "quarkus.jsonrpc-server.limits.max-string-length", "0",
                "quarkus.jsonrpc-server.limits.max-number-length", "-5",
                "quarkus.jsonrpc-server.redis.reconnect-delay", "0s",
                "quarkus.jsonrpc-server.redis.check-interval", "-1s")), false, false))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly("quarkus.jsonrpc-server.limits.max-string-length",
                                "quarkus.jsonrpc-server.limits.max-number-length",
                                "quarkus.jsonrpc-server.redis.reconnect-delay",
                                "quarkus.jsonrpc-server.redis.check-interval"))
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.limits.max-string-length=0"
                        + " must be at least 1; quarkus.jsonrpc-server.limits.max-number-length=-5 must be at least 1;"
                        + " quarkus.jsonrpc-server.redis.reconnect-delay=0s must be longer than zero;"
                        + " quarkus.jsonrpc-server.redis.check-interval=-1s must be longer than zero");
    }

    /** A timeout under a millisecond would be none at all for the timers, which count milliseconds: every call failed. */
    @Test
    void aTimeoutUnderAMillisecondIsRefused() {
        assertThatThrownBy(() -> ConfigChecks.check(config(Map.of(
                "quarkus.jsonrpc-server.timeout", "0.0005s",
                "quarkus.jsonrpc-server.redis.timeout", "PT0.0009S")), false, false))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getConfigKeys())
                        .containsExactly("quarkus.jsonrpc-server.timeout", "quarkus.jsonrpc-server.redis.timeout"))
                .hasMessage("Invalid JSON-RPC server configuration: quarkus.jsonrpc-server.timeout=0.0005s must be at"
                        + " least 1ms, the finest it counts; quarkus.jsonrpc-server.redis.timeout=0.0009s must be at"
                        + " least 1ms, the finest it counts");
    }
}
