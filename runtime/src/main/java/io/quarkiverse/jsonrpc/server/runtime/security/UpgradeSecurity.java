package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.websockets.next.HttpUpgradeCheck.CheckResult;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Decides whether an upgrade to the JSON-RPC WebSocket may happen: the origin must be allowed (a browser page of
 * another site must not reach the endpoint with the user's cookies), and, where the whole endpoint requires it, the
 * caller must be authenticated (an anonymous one gets the authentication mechanisms' challenge, see
 * {@link UpgradeChallenge}). The caller's identity is established here, once for the connection: its calls are
 * made as that caller without a lookup each. Part of the transport's upgrade check, which says what a permitted
 * upgrade gets.
 */
@Singleton
public class UpgradeSecurity {

    private static final Logger LOG = Logger.getLogger(UpgradeSecurity.class);
    /** What Quarkus's HTTP security names the request an identity came with, when it adds it to the identity. */
    private static final String ROUTING_CONTEXT_ATTRIBUTE = HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE;

    private final List<String> allowedOrigins;
    private final boolean authenticationRequired;

    UpgradeSecurity(JsonRpcServerConfig config) {
        // as browsers send them: lower case, no trailing slash (a scheme and a host name have no case)
        this.allowedOrigins = config.websocket().allowedOrigins().orElse(List.of()).stream()
                .map(UpgradeSecurity::asSent).toList();
        this.authenticationRequired = config.auth().required();
    }

    /**
     * @param permit what an upgrade this permits gets, given its context: a permitting result, with what the
     *        transport does for a connection to come
     */
    public Uni<CheckResult> check(HttpUpgradeContext context, Function<HttpUpgradeContext, Uni<CheckResult>> permit) {
        HttpServerRequest request = context.httpRequest();
        String origin = request.getHeader("Origin");
        if (origin != null && !originAllowed(origin, request)) {
            LOG.debugf("WebSocket upgrade from origin %s refused: not in quarkus.jsonrpc-server.websocket.allowed-origins",
                    origin);
            return CheckResult.rejectUpgrade(403);
        }
        Uni<SecurityIdentity> identity = context.securityIdentity();
        if (identity == null) {
            // no security extension: nobody is authenticated, and nothing requires it
            return permit.apply(context);
        }
        return identity.flatMap(caller -> {
            if (authenticationRequired && (caller == null || caller.isAnonymous())) {
                return UpgradeChallenge.of(context);
            }
            if (caller == null) {
                UpgradeRequestRelease.forAnonymousCaller(context);
                return permit.apply(context);
            }
            // a bare anonymous caller is the default: a connection keeps nothing for it. One that augmentors gave
            // roles, permissions or attributes is kept, as an HTTP call would see it
            if (!caller.isAnonymous() || augmented(caller)) {
                CallerIdentity.keepForConnection(context, caller);
            }
            if (caller.isAnonymous()) {
                // nothing to renew or expire: websockets-next need not keep the upgrade request for it
                UpgradeRequestRelease.forAnonymousCaller(context);
            }
            return permit.apply(context);
        });
    }

    /**
     * Whether an anonymous caller carries something of its own, which a {@code SecurityIdentityAugmentor} gave it: roles,
     * permissions, credentials, attributes (but the routing context Quarkus's HTTP security may add to any identity).
     */
    private static boolean augmented(SecurityIdentity anonymous) {
        if (!anonymous.getRoles().isEmpty() || !anonymous.getPermissions().isEmpty()
                || !anonymous.getCredentials().isEmpty()) {
            return true;
        }
        // a loop rather than a stream: it runs at every anonymous caller's upgrade
        for (String name : anonymous.getAttributes().keySet()) {
            if (!ROUTING_CONTEXT_ATTRIBUTE.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An origin as a browser serializes it (RFC 6454): lower case, no trailing slash, and no port where it is the
     * scheme's default, which a browser leaves out of {@code Origin} but a configuration, or a proxy's {@code Host},
     * may write ({@code https://app.example.com:443}).
     */
    private static String asSent(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.startsWith("http://") && trimmed.endsWith(":80")) {
            return trimmed.substring(0, trimmed.length() - 3);
        }
        if (trimmed.startsWith("https://") && trimmed.endsWith(":443")) {
            return trimmed.substring(0, trimmed.length() - 4);
        }
        return trimmed;
    }

    private boolean originAllowed(String origin, HttpServerRequest request) {
        String sent = asSent(origin);
        if (allowedOrigins.contains("*") || allowedOrigins.contains(sent)) {
            return true;
        }
        // the endpoint's own origin: a page it served may always connect back
        String host = request.getHeader("Host");
        return host != null && sent.equals(asSent(request.scheme() + "://" + host));
    }
}
