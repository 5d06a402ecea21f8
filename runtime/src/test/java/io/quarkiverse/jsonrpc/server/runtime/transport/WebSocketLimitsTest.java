package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The limits the transport holds WebSocket messages to are those Vert.x was given, from whichever property set them. */
class WebSocketLimitsTest {

    @Test
    void vertxDefaultsWhenNothingIsSet() {
        assertThat(limits(Map.of())).isEqualTo(new WebSocketLimits(65536, 262144));
    }

    @Test
    void theHttpServersPropertiesWhenOnlyTheyAreSet() {
        assertThat(limits(Map.of("quarkus.http.websocket-server.max-frame-size", "1000",
                "quarkus.http.websocket-server.max-message-size", "3000")))
                .isEqualTo(new WebSocketLimits(1000, 3000));
    }

    @Test
    void websocketsNextsPropertiesOverTheHttpServers() {
        assertThat(limits(Map.of("quarkus.http.websocket-server.max-message-size", "3000",
                "quarkus.websockets-next.server.max-message-size", "2048")))
                .isEqualTo(new WebSocketLimits(65536, 2048));
    }

    private static WebSocketLimits limits(Map<String, String> properties) {
        return WebSocketLimits.of(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build());
    }
}
