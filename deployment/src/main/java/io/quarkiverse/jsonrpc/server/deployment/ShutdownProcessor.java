package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkus.deployment.annotations.ExecutionTime.RUNTIME_INIT;

import io.quarkiverse.jsonrpc.server.runtime.transport.GracefulShutdownRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ShutdownListenerBuildItem;

/**
 * Calls running when the application stops are answered before it does, and its WebSocket connections are closed
 * with their close hooks run.
 */
class ShutdownProcessor {

    @BuildStep
    @Record(RUNTIME_INIT)
    ShutdownListenerBuildItem gracefulShutdown(GracefulShutdownRecorder recorder) {
        return new ShutdownListenerBuildItem(recorder.gracefulShutdown());
    }
}
