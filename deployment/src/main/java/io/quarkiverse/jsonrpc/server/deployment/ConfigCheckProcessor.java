package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;

import io.quarkiverse.jsonrpc.server.runtime.config.ConfigCheckRecorder;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;

/** The run-time configuration is checked as the application starts, before it serves anything. */
class ConfigCheckProcessor {

    @BuildStep
    @Record(RUNTIME_INIT)
    ServiceStartBuildItem checkConfiguration(ConfigCheckRecorder recorder, Capabilities capabilities) {
        recorder.check(capabilities.isPresent(Capability.SECURITY), capabilities.isPresent(Capability.REDIS_CLIENT));
        return new ServiceStartBuildItem("jsonrpc-server-config");
    }
}
