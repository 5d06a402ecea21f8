package io.quarkiverse.jsonrpc.server.runtime.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The caller's identity on its way from a transport to the method's security checks. Quarkus security establishes it
 * once per HTTP request or WebSocket upgrade; the transport takes it from there into its session, and each call makes
 * it the identity of the request context the method runs in, where the interceptors of {@code @RolesAllowed},
 * {@code @Authenticated} and the like read it. Without a security extension every caller is anonymous and nothing
 * checks.
 */
public final class CallerIdentity {

    /** The caller as the upgrade check established it, kept in the connection's user data until it opens. */
    private static final TypedKey<SecurityIdentity> UPGRADE_CALLER = new TypedKey<>(
            "io.quarkiverse.jsonrpc.server.identity");

    /** Quarkus security's association of an identity with the request context; {@code null} without security. */
    private final CurrentIdentityAssociation association;

    private CallerIdentity(CurrentIdentityAssociation association) {
        this.association = association;
    }

    /** Looks up Quarkus security's identity association, which exists where the application has a security extension. */
    public static CallerIdentity lookup() {
        InstanceHandle<CurrentIdentityAssociation> handle = Arc.container().instance(CurrentIdentityAssociation.class);
        return new CallerIdentity(handle.isAvailable() ? handle.get() : null);
    }

    /** Keeps the caller of a WebSocket upgrade for the connection it opens. */
    static void keepForConnection(HttpUpgradeContext upgrade, SecurityIdentity caller) {
        upgrade.userData().put(UPGRADE_CALLER, caller);
    }

    /** The caller of a WebSocket connection, as its upgrade established it; anonymous when nobody authenticated. */
    public static SecurityIdentity ofConnection(WebSocketConnection connection) {
        SecurityIdentity identity = connection.userData().get(UPGRADE_CALLER);
        return identity == null ? AnonymousIdentity.INSTANCE : identity;
    }

    /** Makes the caller the identity of the active request context, for the method about to run in it. */
    public void associate(SecurityIdentity identity) {
        if (association != null && identity != null) {
            association.setIdentity(identity);
        }
    }

    /**
     * The caller of an HTTP request as Quarkus security established it; {@code null} when authentication is lazy and
     * the caller is yet to be {@linkplain #resolve resolved}.
     */
    public static SecurityIdentity of(RoutingContext request) {
        if (request.user() instanceof QuarkusHttpUser user) {
            return user.getSecurityIdentity();
        }
        return request.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY) == null ? AnonymousIdentity.INSTANCE : null;
    }

    /** Authenticates the caller of an HTTP request whose authentication is lazy. */
    public static Uni<SecurityIdentity> resolve(RoutingContext request) {
        Uni<SecurityIdentity> deferred = request.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        return deferred.map(identity -> identity == null ? AnonymousIdentity.INSTANCE : identity);
    }
}
