package io.quarkiverse.jsonrpc.client.runtime.telemetry;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.ClientCallListener;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/** A timer of every call a client makes. A bean only where the application has quarkus-micrometer. */
@Singleton
public class MicrometerClientCallListener implements ClientCallListener {

    /** Every call: tags {@code client}, {@code method}, {@code outcome}, {@code error.code}. */
    public static final String REQUESTS = "jsonrpc.client.requests";

    private final MeterRegistry registry;

    MicrometerClientCallListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Call onStart(ClientSettings client, String method, Long id) {
        return (failure, durationNanos) -> Timer.builder(REQUESTS)
                .description("JSON-RPC calls made by a client, by method and outcome")
                .tag("client", client.configKey())
                .tag("method", method)
                .tag("outcome", failure == null ? "success"
                        : failure instanceof JsonRpcClientException ? "error" : "transport-error")
                .tag("error.code", failure instanceof JsonRpcClientException error ? Integer.toString(error.code())
                        : "none")
                .register(registry)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }
}
