package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;

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
 */
final class UpgradeRequestCompletion {

    private static final Logger LOG = Logger.getLogger(UpgradeRequestCompletion.class);
    private static final TypedKey<QuarkusRequestWrapper> REQUEST = new TypedKey<>(
            "io.quarkiverse.jsonrpc.server.upgrade-request");
    private static final MethodHandle DONE = lookup();

    private UpgradeRequestCompletion() {
    }

    /** The upgrade check permits an upgrade: its request waits in the connection's user data until the open. */
    static void upgrading(HttpUpgradeContext upgrade) {
        if (DONE != null && upgrade.httpRequest()
                .getCookie(QuarkusRequestWrapper.FAKE_COOKIE_NAME) instanceof QuarkusRequestWrapper.QuarkusCookie wrapped) {
            upgrade.userData().put(REQUEST, wrapped.getRequestWrapper());
        }
    }

    /** The connection is open: the request that upgraded it is done, its response at 101. */
    static void opened(WebSocketConnection connection) {
        QuarkusRequestWrapper request = DONE == null ? null : connection.userData().remove(REQUEST);
        if (request == null) {
            return;
        }
        try {
            DONE.invokeExact(request);
        } catch (Throwable e) {
            LOG.debugf("The upgrade request of JSON-RPC connection %s could not be ended: %s", connection.id(), e);
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
