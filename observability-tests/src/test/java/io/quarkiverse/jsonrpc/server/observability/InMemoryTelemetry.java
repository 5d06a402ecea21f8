package io.quarkiverse.jsonrpc.server.observability;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * Where the tests read what the application measured: Micrometer's in-memory registry, which Quarkus adds to its
 * global registry, and OpenTelemetry's in-memory exporter, which Quarkus's span processor exports to. Each is unused
 * in an application whose test turns its kind off.
 */
public class InMemoryTelemetry {

    @Produces
    @Singleton
    SimpleMeterRegistry registry() {
        return new SimpleMeterRegistry();
    }

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
