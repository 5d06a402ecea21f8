package io.quarkiverse.jsonrpc.server.runtime.security;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets websockets-next keep nothing of the upgrade request for a connection whose caller is anonymous.
 * <p>
 * In an application with a security extension, websockets-next keeps every connection's upgrade request (its routing
 * context, with the request, the response and their headers: about 2.4 KB) for as long as the connection lives, so
 * that it can renew the caller's identity or close the connection when the identity expires. Neither ever happens to
 * an anonymous caller, and JSON-RPC takes the caller from the upgrade check rather than from websockets-next. So,
 * once the check has found the caller anonymous, the identity is taken off the request; websockets-next then keeps
 * its no-op security for the connection, as in an application without security. An authenticated caller's request
 * is left alone: its identity can expire. websockets-next does not expose the request of an upgrade (its context type
 * is package-private), so it is looked up once here; were a later version to hide it, {@link #available()} turns
 * false and connections keep their requests, as before.
 */
final class UpgradeRequestRelease {

    private static final Logger LOG = Logger.getLogger(UpgradeRequestRelease.class);
    private static final String CONTEXT_TYPE = "io.quarkus.websockets.next.runtime.HttpUpgradeContextImpl";

    private static final Class<?> CONTEXT_CLASS = contextClass();
    private static final MethodHandle ROUTING_CONTEXT = lookup();

    private UpgradeRequestRelease() {
    }

    /** Whether the request of an upgrade can be reached. */
    static boolean available() {
        return ROUTING_CONTEXT != null;
    }

    /** Takes the anonymous caller's identity off the upgrade request, so that websockets-next keeps nothing of it. */
    static void forAnonymousCaller(HttpUpgradeContext upgrade) {
        RoutingContext request = routingContext(upgrade);
        if (request != null) {
            request.clearUser();
            request.remove(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        }
    }

    /** The routing context of an upgrade; {@code null} when it cannot be reached. */
    private static RoutingContext routingContext(HttpUpgradeContext upgrade) {
        if (ROUTING_CONTEXT == null || !CONTEXT_CLASS.isInstance(upgrade)) {
            return null;
        }
        try {
            return (RoutingContext) ROUTING_CONTEXT.invokeExact(upgrade);
        } catch (Throwable e) {
            LOG.debugf("The request of a WebSocket upgrade could not be reached: %s", e);
            return null;
        }
    }

    private static Class<?> contextClass() {
        try {
            return Class.forName(CONTEXT_TYPE, false, HttpUpgradeCheck.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static MethodHandle lookup() {
        if (CONTEXT_CLASS == null) {
            LOG.debugf("websockets-next has no %s: connections of anonymous callers keep their upgrade request",
                    CONTEXT_TYPE);
            return null;
        }
        try {
            return MethodHandles.privateLookupIn(CONTEXT_CLASS, MethodHandles.lookup())
                    .findVirtual(CONTEXT_CLASS, "routingContext", MethodType.methodType(RoutingContext.class))
                    .asType(MethodType.methodType(RoutingContext.class, HttpUpgradeContext.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("websockets-next does not expose the request of an upgrade (%s): connections of anonymous"
                    + " callers keep it", e);
            return null;
        }
    }
}
