package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;

/**
 * Micrometer's global registry can outlive an application: Quarkus starts one again in the same JVM for tests (a
 * surefire fork given one test class after another does), and keeps the meters when it stops the first. The stopped
 * application's meters leave the registry with it, so that the next one's gauges read the next one's state.
 */
class MicrometerCallListenerTest {

    @Test
    void theGaugesOfTheNextApplicationReadItsOwnConnections() {
        MeterRegistry registry = new SimpleMeterRegistry();
        ConnectionRegistry stopped = new ConnectionRegistry();
        stopped.opened(connection("a"));
        stopped.opened(connection("b"));
        MicrometerCallListener first = new MicrometerCallListener(registry, stopped, null, config());
        assertThat(connectionsGauge(registry)).isEqualTo(2);

        first.removeMeters();
        ConnectionRegistry running = new ConnectionRegistry();
        running.opened(connection("c"));
        new MicrometerCallListener(registry, running, null, config());

        assertThat(connectionsGauge(registry)).as("the running application's connections").isEqualTo(1);
        // the stopped application's registry is still reachable here: a gauge kept from it would read 2, not NaN
        assertThat(stopped.connectionCount()).isEqualTo(2);
    }

    private static JsonRpcServerBuildTimeConfig config() {
        return new SmallRyeConfigBuilder().withMapping(JsonRpcServerBuildTimeConfig.class).build()
                .getConfigMapping(JsonRpcServerBuildTimeConfig.class);
    }

    private static double connectionsGauge(MeterRegistry registry) {
        return registry.get(MicrometerCallListener.CONNECTIONS).gauge().value();
    }

    private static PushConnection connection(String id) {
        return new PushConnection() {
            @Override
            public String connectionId() {
                return id;
            }

            @Override
            public Uni<Void> send(byte[] message) {
                return Uni.createFrom().voidItem();
            }

            @Override
            public Uni<Void> queue(byte[] message) {
                return Uni.createFrom().voidItem();
            }

            @Override
            public int subscriptionCount() {
                return 0;
            }

            @Override
            public void joined(String group) {
            }

            @Override
            public void left(String group) {
            }

            @Override
            public void close() {
            }
        };
    }
}
