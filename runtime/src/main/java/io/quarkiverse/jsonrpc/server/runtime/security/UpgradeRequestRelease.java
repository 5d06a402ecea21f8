package io.quarkiverse.jsonrpc.server.runtime.security;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
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
 * is left alone: its identity can expire. Where the request cannot be reached ({@link UpgradeRoutingContext}),
 * connections keep their requests, as before.
 */
final class UpgradeRequestRelease {

    private UpgradeRequestRelease() {
    }

    /** Takes the anonymous caller's identity off the upgrade request, so that websockets-next keeps nothing of it. */
    static void forAnonymousCaller(HttpUpgradeContext upgrade) {
        RoutingContext request = UpgradeRoutingContext.of(upgrade);
        if (request != null) {
            request.clearUser();
            request.remove(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        }
    }
}
