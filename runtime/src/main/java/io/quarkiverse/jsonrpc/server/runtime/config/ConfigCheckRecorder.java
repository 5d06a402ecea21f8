package io.quarkiverse.jsonrpc.server.runtime.config;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Checks the server's run-time configuration as the application starts (see {@link ConfigChecks}). */
@Recorder
public class ConfigCheckRecorder {

    private final RuntimeValue<JsonRpcServerConfig> config;

    public ConfigCheckRecorder(RuntimeValue<JsonRpcServerConfig> config) {
        this.config = config;
    }

    /** What the build knows of the application: the extensions some values need. */
    public void check(boolean securityPresent, boolean redisPresent) {
        ConfigChecks.check(config.getValue(), securityPresent, redisPresent);
    }
}
