package io.quarkiverse.jsonrpc.client.deployment;

import java.util.Optional;

import io.quarkiverse.jsonrpc.client.runtime.telemetry.MicrometerClientCallListener;
import io.quarkiverse.jsonrpc.client.runtime.telemetry.TracingClientCallListener;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;

/**
 * A timer and a span per call, where the application has quarkus-micrometer or quarkus-opentelemetry (both are
 * optional): their listeners are beans only then, so that their classes are never loaded without them.
 */
class ClientTelemetryProcessor {

    @BuildStep
    void telemetryBeans(Capabilities capabilities, Optional<MetricsCapabilityBuildItem> metrics,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (metrics.isPresent() && metrics.get().metricsSupported(MetricsFactory.MICROMETER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(MicrometerClientCallListener.class));
        }
        if (capabilities.isPresent(Capability.OPENTELEMETRY_TRACER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(TracingClientCallListener.class));
        }
    }
}
