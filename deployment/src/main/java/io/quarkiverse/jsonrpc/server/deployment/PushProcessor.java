package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkiverse.jsonrpc.server.runtime.push.BroadcastHealthCheck;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.DefaultJsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.runtime.push.RedisBroadcast;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/**
 * Server push: the notifier, the connection registry, and the Redis broadcast layer with its health check where the
 * application has the extensions they need (both are optional).
 */
class PushProcessor {

    @BuildStep
    void pushBeans(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        beans.produce(AdditionalBeanBuildItem.builder()
                .addBeanClasses(ConnectionRegistry.class, DefaultJsonRpcNotifier.class)
                .setUnremovable()
                .build());
        if (capabilities.isPresent(Capability.REDIS_CLIENT)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(RedisBroadcast.class));
        }
    }

    /**
     * Given to SmallRye Health as Quarkus's extensions give theirs, so that
     * {@code quarkus.smallrye-health.extensions.enabled=false} turns it off with theirs; without SmallRye Health,
     * nothing consumes it and this step does not run.
     */
    @BuildStep
    void broadcastHealthCheck(Capabilities capabilities, BuildProducer<HealthBuildItem> checks) {
        if (capabilities.isPresent(Capability.REDIS_CLIENT)) {
            checks.produce(new HealthBuildItem(BroadcastHealthCheck.class.getName(), true));
        }
    }
}
