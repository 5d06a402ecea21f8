package io.quarkiverse.jsonrpc.server.runtime.security;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.vertx.ext.web.RoutingContext;

/**
 * The routing context of a WebSocket upgrade, which websockets-next holds but does not expose (its context type is
 * package-private): looked up once here. The upgrade check needs it for what only the routing context carries, the
 * caller's identity as Quarkus's HTTP security stored it and the authentication mechanisms' challenge. Were a later
 * version of websockets-next to hide it, {@link #available()} turns false and {@link #of} answers {@code null}:
 * callers keep what they did without it.
 */
final class UpgradeRoutingContext {

    private static final Logger LOG = Logger.getLogger(UpgradeRoutingContext.class);
    private static final String CONTEXT_TYPE = "io.quarkus.websockets.next.runtime.HttpUpgradeContextImpl";

    private static final Class<?> CONTEXT_CLASS = contextClass();
    private static final MethodHandle ROUTING_CONTEXT = lookup();

    private UpgradeRoutingContext() {
    }

    /** Whether the routing context of an upgrade can be reached. */
    static boolean available() {
        return ROUTING_CONTEXT != null;
    }

    /** The routing context of an upgrade; {@code null} when it cannot be reached. */
    static RoutingContext of(HttpUpgradeContext upgrade) {
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
            LOG.debugf("websockets-next has no %s: the routing context of an upgrade cannot be reached", CONTEXT_TYPE);
            return null;
        }
        try {
            return MethodHandles.privateLookupIn(CONTEXT_CLASS, MethodHandles.lookup())
                    .findVirtual(CONTEXT_CLASS, "routingContext", MethodType.methodType(RoutingContext.class))
                    .asType(MethodType.methodType(RoutingContext.class, HttpUpgradeContext.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("websockets-next does not expose the routing context of an upgrade: %s", e);
            return null;
        }
    }
}
