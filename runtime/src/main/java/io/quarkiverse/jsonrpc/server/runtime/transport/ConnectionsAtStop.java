package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.quarkus.arc.Arc;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Closes the open JSON-RPC WebSocket connections when the application stops, with 1001 (RFC 6455: the server is
 * going away), and runs their {@code @OnJsonRpcClose} hooks then.
 * <p>
 * Why: websockets-next leaves the connections open when the application stops; the HTTP server closes them
 * afterwards, once the application's beans are gone, and in dev mode after the next application has started. Their
 * close callbacks then ran on a stopped application: a hook reached the new application's bean through the old
 * one's invoker and failed, and websockets-next's own callback failed on the stopped context propagation. Here the
 * hooks run, once each, while the application that opened the connection still runs, and the stop waits until
 * websockets-next has seen the connections close, within a second: a client that never answers the close does not
 * hold the application up. A connection that opens afterwards, its upgrade permitted before the stop began, is closed
 * the same way as it opens, before any of its hooks run.
 */
final class ConnectionsAtStop {

    private static final Logger LOG = Logger.getLogger(ConnectionsAtStop.class);

    private static final int GOING_AWAY = 1001;
    private static final String REASON = "Server shutting down";
    private static final long POLL_MILLIS = 10;
    /**
     * How long the stop waits for the clients to answer the close, after the hooks: a round trip for a client that
     * answers; one that does not (gone without a word) is not worth holding the stop for.
     */
    private static final Duration CLOSE_HANDSHAKE = Duration.ofSeconds(1);

    private ConnectionsAtStop() {
    }

    /**
     * Closes every connection and runs its close hooks, waiting for the hooks at most {@code timeout}, then for the
     * clients to answer the close at most a second, and never past {@code timeout}.
     */
    static void closeAll(ServerAssembly server, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<Uni<Void>> hooks = new ArrayList<>();
        // a connection that opens from now on is closed as it opens (see WebSocketTransport#open)
        for (PushConnection connection : server.push().registry().stop()) {
            if (connection instanceof WebSocketSession session) {
                // the connection's own close may come at the same moment: its hooks run once all the same
                hooks.add(WebSocketTransport.ended(server, session));
                goingAway(session);
            }
        }
        if (hooks.isEmpty()) {
            return;
        }
        if (Context.isOnEventLoopThread()) {
            // the closes need this thread: they go on after the stop
            hooks.forEach(hook -> hook.subscribe().with(done -> {
            }, failure -> {
            }));
            return;
        }
        try {
            Uni.join().all(hooks).andCollectFailures().await().atMost(timeout);
            awaitClosed(handshakeDeadline(System.nanoTime(), end));
        } catch (TimeoutException e) {
            // a hook still running finds the application's beans gone, and what it sends then goes nowhere
            LOG.warnf("The @OnJsonRpcClose hooks were still running after %d ms: the application stops without them",
                    timeout.toMillis());
        } catch (RuntimeException e) {
            LOG.warnf(e, "The @OnJsonRpcClose hooks failed as the application stops");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * When the wait for the clients' answers to the close ends: a second from {@code now}, or {@code end} if sooner,
     * where what is left of Quarkus's shutdown timeout ends. Both are {@link System#nanoTime()} values.
     */
    static long handshakeDeadline(long now, long end) {
        long handshake = now + CLOSE_HANDSHAKE.toNanos();
        return handshake - end < 0 ? handshake : end;
    }

    /** Closes the connection as the server going away. */
    static void goingAway(WebSocketSession session) {
        session.connection().close(new CloseReason(GOING_AWAY, REASON)).subscribe().with(closed -> {
        }, failure -> LOG.debugf("Could not close connection %s: %s", session.connectionId(), failure));
    }

    /** Those of every JSON-RPC endpoint, the {@code @JsonRpcEndpoint}s' too. */
    private static long jsonRpcConnections(OpenConnections open) {
        return open.listAll().stream().filter(connection -> JsonRpcUpgradeCheck.isJsonRpc(connection.endpointId()))
                .count();
    }

    /** Until websockets-next has run its close callbacks, which need the application's context propagation. */
    private static void awaitClosed(long deadline) throws InterruptedException {
        OpenConnections open = Arc.container().instance(OpenConnections.class).get();
        while (jsonRpcConnections(open) > 0) {
            if (System.nanoTime() - deadline > 0) {
                LOG.debugf("%d JSON-RPC WebSocket connections not closed yet: the application stops anyway",
                        jsonRpcConnections(open));
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
