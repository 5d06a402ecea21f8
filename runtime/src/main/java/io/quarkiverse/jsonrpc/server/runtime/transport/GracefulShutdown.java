package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallAdmission;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.shutdown.ShutdownListener;

/**
 * When the application stops, the open WebSocket connections are closed with 1001 and their close hooks run, before
 * the application's beans are gone (see {@link ConnectionsAtStop}).
 * <p>
 * With {@code quarkus.shutdown.timeout} set, Quarkus waits for its shutdown listeners: from the first signal on, new
 * connections are refused, and once {@code quarkus.shutdown.delay} (if set) has passed, new calls are answered with
 * {@code -32006 Server shutting down}, and the
 * calls already running finish and are answered
 * before the connections close and the application stops. The end of the timeout (a quarter, at most two seconds) is
 * kept for closing the connections with 1001: calls still running then go unanswered. Without a timeout, and in dev
 * mode whatever it says, Quarkus waits for nobody: the connections close at once, ending what they still run.
 */
final class GracefulShutdown implements ShutdownListener {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    /**
     * Once the calls have ended, their answers handed to the connections: a moment more for what those answers set off
     * (the next message of a connection served in order, turned away) to be answered too.
     */
    private static final long FLUSH_MILLIS = 200;
    private static final long ONE_MILLISECOND_NANOS = 1_000_000;
    /** How long the close hooks of the connections may take, when Quarkus sets no bound of its own. */
    private static final Duration CLOSING_TIMEOUT = Duration.ofSeconds(10);
    /** At most this much of Quarkus's timeout is kept for closing the connections. */
    private static final Duration CLOSING_SHARE = Duration.ofSeconds(2);

    /** Quarkus's graceful shutdown timeout; {@code null} when Quarkus waits for nobody. */
    private final Duration timeout;

    GracefulShutdown(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * New connections are refused from here, calls only from {@link #shutdown}: {@code quarkus.shutdown.delay} comes
     * between the two, for load balancers to see the readiness check go down and send new clients elsewhere, while
     * the HTTP server still serves. Refusing calls from here would turn away, for the whole delay, the clients of the
     * connections open and of HTTP that the delay is there to serve.
     */
    @Override
    public void preShutdown(ShutdownNotification notification) {
        // none where the WebSocket transport is off
        var upgrades = Arc.container().instance(JsonRpcUpgradeCheck.class);
        if (upgrades.isAvailable()) {
            upgrades.get().stopAccepting();
        }
        // no upgrade whose connection never opened holds the HTTP server's own graceful shutdown
        UpgradeRequestCompletion.endAll();
        notification.done();
    }

    @Override
    public void shutdown(ShutdownNotification notification) {
        ServerAssembly server = server();
        server.admission().stop();
        if (timeout == null) {
            try {
                ConnectionsAtStop.closeAll(server, CLOSING_TIMEOUT);
            } finally {
                notification.done();
            }
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread waiting = new Thread(() -> {
            try {
                awaitCallsInFlight(server.admission(), deadline - closingShare(timeout).toNanos());
                // a millisecond at least: a wait of none at all is no wait to Mutiny, but an error
                ConnectionsAtStop.closeAll(server, Duration.ofNanos(Math.max(ONE_MILLISECOND_NANOS,
                        deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                notification.done();
            }
        }, "jsonrpc-server-shutdown");
        waiting.setDaemon(true);
        waiting.start();
    }

    /**
     * The end of Quarkus's timeout is kept for closing the connections: calls still running then are not answered,
     * but the connections close as the server going away (1001) rather than dropped with the HTTP server.
     */
    static Duration closingShare(Duration timeout) {
        Duration quarter = timeout.dividedBy(4);
        return quarter.compareTo(CLOSING_SHARE) < 0 ? quarter : CLOSING_SHARE;
    }

    private static void awaitCallsInFlight(CallAdmission admission, long deadline) throws InterruptedException {
        long running = admission.callsInFlight();
        if (running > 0) {
            LOG.infof("Waiting for %d JSON-RPC call%s to finish", running, running == 1 ? "" : "s");
        }
        while ((running = admission.callsInFlight()) > 0) {
            if (System.nanoTime() - deadline > 0) {
                LOG.warnf("%d JSON-RPC call%s still running as quarkus.shutdown.timeout ends: %s go unanswered, as"
                        + " the WebSocket connections close and the HTTP server stops", running,
                        running == 1 ? " is" : "s are", running == 1 ? "it will" : "they will");
                return;
            }
            Thread.sleep(20);
        }
        // within the calls' share of the timeout: a short one has nothing to spare for it
        Thread.sleep(Math.max(0, Math.min(FLUSH_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
    }

    private static ServerAssembly server() {
        return Arc.container().instance(ServerAssembly.class).get();
    }
}
