package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Optional;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.telemetry.MicrometerCallListener;
import io.quarkiverse.jsonrpc.server.runtime.telemetry.TracingCallListener;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;

/**
 * Metrics and traces of every call, where the application has quarkus-micrometer or quarkus-opentelemetry (both are
 * optional) and has not turned them off ({@code quarkus.jsonrpc-server.metrics.enabled},
 * {@code quarkus.jsonrpc-server.traces.enabled}): their listeners are beans only then, so that their classes are never
 * loaded without them.
 */
class TelemetryProcessor {

    @BuildStep
    void telemetryBeans(JsonRpcServerBuildTimeConfig config, Capabilities capabilities,
            Optional<MetricsCapabilityBuildItem> metrics, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (config.metrics().enabled() && metrics.isPresent()
                && metrics.get().metricsSupported(MetricsFactory.MICROMETER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(MicrometerCallListener.class));
        }
        if (config.traces().enabled() && capabilities.isPresent(Capability.OPENTELEMETRY_TRACER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(TracingCallListener.class));
        }
    }
}
