package io.quarkiverse.jsonrpc.server.runtime.transport;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.runtime.shutdown.ShutdownConfig;
import io.quarkus.runtime.shutdown.ShutdownListener;

/** What the transports do when the application stops. */
@Recorder
public class GracefulShutdownRecorder {

    private final RuntimeValue<ShutdownConfig> config;

    public GracefulShutdownRecorder(RuntimeValue<ShutdownConfig> config) {
        this.config = config;
    }

    public ShutdownListener gracefulShutdown() {
        // Quarkus's own reading: a timeout waits for the listeners, except in dev mode, where a reload never waits
        ShutdownConfig shutdown = config.getValue();
        return new GracefulShutdown(shutdown.isTimeoutEnabled() ? shutdown.timeout().orElseThrow() : null);
    }
}
