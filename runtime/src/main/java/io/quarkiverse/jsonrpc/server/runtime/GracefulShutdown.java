package io.quarkiverse.jsonrpc.server.runtime;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.shutdown.ShutdownListener;

/**
 * With {@code quarkus.shutdown.timeout} set, Quarkus waits for its shutdown listeners: from the first signal on, new
 * calls are answered with {@code -32006 Server shutting down}, and the calls already running finish and are answered
 * before the application stops (Quarkus gives up at the timeout).
 */
public final class GracefulShutdown implements ShutdownListener {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    /** A response is written just after its call ends: give the last ones time to leave. */
    private static final long FLUSH_MILLIS = 200;

    @Override
    public void preShutdown(ShutdownNotification notification) {
        engine().stopAccepting();
        notification.done();
    }

    @Override
    public void shutdown(ShutdownNotification notification) {
        JsonRpcEngine engine = engine();
        Thread waiting = new Thread(() -> {
            try {
                long running = engine.callsInFlight();
                if (running > 0) {
                    LOG.infof("Waiting for %d JSON-RPC calls to finish", running);
                }
                while (engine.callsInFlight() > 0) {
                    Thread.sleep(20);
                }
                Thread.sleep(FLUSH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                notification.done();
            }
        }, "jsonrpc-server-shutdown");
        waiting.setDaemon(true);
        waiting.start();
    }

    private static JsonRpcEngine engine() {
        return Arc.container().instance(ServerAssembly.class).get().engine();
    }
}
