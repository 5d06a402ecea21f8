package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Ends, for Quarkus, the HTTP request that upgraded to a JSON-RPC WebSocket, once the connection is open.
 * <p>
 * Quarkus's HTTP server runs a request's "done" handlers when its response ends or its connection closes. The
 * response of an upgrade does neither: Vert.x completes the handshake (the response at 101) without ending it, and
 * no longer tells it of the connection. So the handlers never ran: the graceful shutdown filter counted every upgrade,
 * even of a connection long closed, as a request still in progress, and held the application's stop for the whole of
 * {@code quarkus.shutdown.timeout} (JSON-RPC's own shutdown waits for the connections' calls, see
 * {@link GracefulShutdown}); and the access log never wrote a line for an upgrade. The upgrade check leaves the
 * request in the connection's user data, and the open takes it out and runs its handlers: the connection keeps
 * nothing of it. Quarkus wraps its requests only where something needs their end (a graceful shutdown timeout, the
 * access log); without the wrapper, or were it to change, nothing is kept and {@link #opened} does nothing.
 * <p>
 * websockets-next may fail after the handshake and before the open (it cannot schedule the close of an identity that
 * has already expired, say): no open then. The request also ends when its HTTP connection closes, and, for a
 * connection that stays open meanwhile, when the application begins to stop ({@link #endAll}), so that no upgrade
 * holds the HTTP server's graceful shutdown.
 */
final class UpgradeRequestCompletion {

    private static final Logger LOG = Logger.getLogger(UpgradeRequestCompletion.class);
    private static final TypedKey<Upgrade> REQUEST = new TypedKey<>(
            "io.quarkiverse.jsonrpc.server.upgrade-request");
    private static final MethodHandle DONE = lookup();
    /** How long the stop waits for the event loops to end the upgrades not yet opened. */
    private static final Duration END_WAIT = Duration.ofSeconds(1);
    /** The upgrades permitted and not yet done: from the upgrade check to the open, or to the connection's close. */
    private static final Set<Upgrade> PENDING = ConcurrentHashMap.newKeySet();

    private UpgradeRequestCompletion() {
    }

    /**
     * The upgrade check permits an upgrade: its request waits in the connection's user data until the open, or until
     * its HTTP connection closes first.
     */
    static void upgrading(HttpUpgradeContext upgrade) {
        if (DONE != null && upgrade.httpRequest()
                .getCookie(QuarkusRequestWrapper.FAKE_COOKIE_NAME) instanceof QuarkusRequestWrapper.QuarkusCookie wrapped) {
            Channel channel = upgrade.httpRequest().connection() instanceof ConnectionBase connection
                    ? connection.channel()
                    : null;
            Upgrade pending = new Upgrade(wrapped.getRequestWrapper(), channel);
            upgrade.userData().put(REQUEST, pending);
            PENDING.add(pending);
            if (channel != null) {
                // Netty's close future takes any number of listeners; Vert.x's close handler is one, and not ours
                channel.closeFuture().addListener(pending);
            }
        }
    }

    /** The connection is open: the request that upgraded it is done, its response at 101. */
    static void opened(WebSocketConnection connection) {
        Upgrade upgrade = DONE == null ? null : connection.userData().remove(REQUEST);
        if (upgrade != null) {
            if (upgrade.channel != null) {
                // the connection keeps nothing of its upgrade request
                upgrade.channel.closeFuture().removeListener(upgrade);
            }
            upgrade.done();
        }
    }

    /**
     * The application begins to stop: the upgrades not yet opened are done. They are at 101 already, or their
     * connection failed to be built and stays open, answering nothing, until its client leaves.
     * <p>
     * Each is done on its connection's event loop, and waited for there, a second at most: Vert.x writes the 101 and
     * only then, in the same task, gives the response its status. A client can read its 101 and the application be
     * asked to stop in between; done from here, the access log would show the upgrade with the status it had before,
     * 200.
     */
    static void endAll() {
        List<Future<?>> ending = new ArrayList<>();
        for (Upgrade upgrade : PENDING) {
            EventLoop eventLoop = upgrade.channel == null ? null : upgrade.channel.eventLoop();
            if (eventLoop == null || eventLoop.inEventLoop() || eventLoop.isShuttingDown()) {
                upgrade.done();
            } else {
                ending.add(eventLoop.submit(upgrade::done));
            }
        }
        long deadline = System.nanoTime() + END_WAIT.toNanos();
        try {
            for (Future<?> done : ending) {
                if (!done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    // its event loop is held up: the upgrade is done once it is free
                    LOG.debugf("An upgrade request of a JSON-RPC connection is not done within %s", END_WAIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An upgrade permitted and not yet done; done at its open, or when its HTTP connection closes first. */
    private static final class Upgrade implements GenericFutureListener<Future<Void>> {

        private final QuarkusRequestWrapper request;
        /** {@code null} where Vert.x's connection shows no Netty channel. */
        private final Channel channel;

        Upgrade(QuarkusRequestWrapper request, Channel channel) {
            this.request = request;
            this.channel = channel;
        }

        @Override
        public void operationComplete(Future<Void> closed) {
            done();
        }

        /** Quarkus runs a request's done handlers once, however often it is told. */
        void done() {
            if (!PENDING.remove(this)) {
                return;
            }
            try {
                DONE.invokeExact(request);
            } catch (Throwable e) {
                LOG.debugf("The upgrade request of a JSON-RPC connection could not be ended: %s", e);
            }
        }
    }

    private static MethodHandle lookup() {
        try {
            return MethodHandles.privateLookupIn(QuarkusRequestWrapper.class, MethodHandles.lookup())
                    .findVirtual(QuarkusRequestWrapper.class, "done", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Quarkus's request wrapper cannot be told that an upgrade request is done (%s): the graceful"
                    + " shutdown of the HTTP server waits for its timeout once a WebSocket connection has opened", e);
            return null;
        }
    }
}
