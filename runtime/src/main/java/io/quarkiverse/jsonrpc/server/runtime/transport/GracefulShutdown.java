package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.shutdown.ShutdownListener;

/**
 * When the application stops, the open WebSocket connections are closed with 1001 and their close hooks run, before
 * the application's beans are gone (see {@link ConnectionsAtStop}).
 * <p>
 * With {@code quarkus.shutdown.timeout} set, Quarkus waits for its shutdown listeners: from the first signal on, new
 * calls are answered with {@code -32006 Server shutting down}, and the calls already running finish and are answered
 * before the connections close and the application stops (Quarkus gives up at the timeout). Without it, and in dev
 * mode whatever it says, Quarkus waits for nobody: the connections close at once, ending what they still run.
 */
final class GracefulShutdown implements ShutdownListener {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    /** A response is written just after its call ends: give the last ones time to leave. */
    private static final long FLUSH_MILLIS = 200;
    /** How long the close hooks of the connections may take, when Quarkus sets no bound of its own. */
    private static final Duration CLOSING_TIMEOUT = Duration.ofSeconds(10);

    /** Quarkus's graceful shutdown timeout; {@code null} when Quarkus waits for nobody. */
    private final Duration timeout;

    GracefulShutdown(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void preShutdown(ShutdownNotification notification) {
        server().engine().stopAccepting();
        notification.done();
    }

    @Override
    public void shutdown(ShutdownNotification notification) {
        ServerAssembly server = server();
        if (timeout == null) {
            try {
                ConnectionsAtStop.closeAll(server, CLOSING_TIMEOUT);
            } finally {
                notification.done();
            }
            return;
        }
        Thread waiting = new Thread(() -> {
            try {
                awaitCallsInFlight(server.engine());
                ConnectionsAtStop.closeAll(server, timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                notification.done();
            }
        }, "jsonrpc-server-shutdown");
        waiting.setDaemon(true);
        waiting.start();
    }

    private static void awaitCallsInFlight(JsonRpcEngine engine) throws InterruptedException {
        long running = engine.callsInFlight();
        if (running > 0) {
            LOG.infof("Waiting for %d JSON-RPC call%s to finish", running, running == 1 ? "" : "s");
        }
        while (engine.callsInFlight() > 0) {
            Thread.sleep(20);
        }
        Thread.sleep(FLUSH_MILLIS);
    }

    private static ServerAssembly server() {
        return Arc.container().instance(ServerAssembly.class).get();
    }
}
