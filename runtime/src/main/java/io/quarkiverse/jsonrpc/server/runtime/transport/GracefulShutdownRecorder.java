package io.quarkiverse.jsonrpc.server.runtime.transport;

import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.runtime.shutdown.ShutdownListener;

/** What the transports do when the application stops. */
@Recorder
public class GracefulShutdownRecorder {

    public ShutdownListener gracefulShutdown() {
        return new GracefulShutdown();
    }
}
