package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.List;
import java.util.function.BiConsumer;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.security.spi.runtime.SecurityCheck;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Who calls an HTTP route of the extension, and whether they may: with {@code quarkus.jsonrpc-server.auth.required},
 * an anonymous caller gets 401 with the challenge of the application's authentication mechanisms
 * ({@code WWW-Authenticate: basic ...}), as Quarkus answers a request its security turns away, so that a client that
 * answers challenges (curl, a browser) sends its credentials. The JSON-RPC endpoint and the OpenRPC document alike.
 * The security annotations of an endpoint's {@code @OnJsonRpcOpen} methods, which turn a WebSocket client away once
 * connected, turn an HTTP caller away before any method is looked up: 401 with the challenge, or 403.
 */
public final class HttpCallerGate {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final boolean authenticationRequired;
    /** The security checks of the endpoint's open hooks, which guard its HTTP requests as they guard connections. */
    private final List<HookCheck> hookChecks;

    /** A security check of an open hook, and the method it is the check of. */
    public record HookCheck(SecurityCheck check, MethodDescription method) {
    }

    public HttpCallerGate(boolean authenticationRequired) {
        this(authenticationRequired, List.of());
    }

    public HttpCallerGate(boolean authenticationRequired, List<HookCheck> hookChecks) {
        this.authenticationRequired = authenticationRequired;
        this.hookChecks = hookChecks;
    }

    /**
     * Hands the request and its caller on, once the caller is known (authentication may be lazy), unless the caller
     * is turned away; a failure to authenticate fails the request.
     */
    public void admit(RoutingContext ctx, BiConsumer<RoutingContext, SecurityIdentity> next) {
        SecurityIdentity identity = CallerIdentity.of(ctx);
        if (identity != null) {
            admit(ctx, identity, next);
            return;
        }
        CallerIdentity.resolve(ctx).subscribe().with(resolved -> admit(ctx, resolved, next), ctx::fail);
    }

    private void admit(RoutingContext ctx, SecurityIdentity identity, BiConsumer<RoutingContext, SecurityIdentity> next) {
        if (authenticationRequired && identity.isAnonymous()) {
            challenge(ctx);
            return;
        }
        if (hookChecks.isEmpty()) {
            next.accept(ctx, identity);
            return;
        }
        Uni<?> checked = Uni.createFrom().voidItem();
        for (HookCheck hook : hookChecks) {
            checked = checked.chain(() -> hook.check().nonBlockingApply(identity, hook.method(), NO_ARGUMENTS));
        }
        checked.subscribe().with(passed -> next.accept(ctx, identity), refused -> {
            if (refused instanceof UnauthorizedException) {
                challenge(ctx);
            } else if (refused instanceof ForbiddenException) {
                ctx.response().setStatusCode(403).end();
            } else {
                ctx.fail(refused);
            }
        });
    }

    /**
     * Puts the challenge of the application's authentication mechanisms on a response about to go out as 401 (a
     * call refused as unauthenticated, with {@code http.error-status-codes}): RFC 9110 gives every 401 one. Then goes
     * on, with or without it (a form login's challenge is a redirect, not a 401 header).
     */
    public static void withChallenge(RoutingContext ctx, Runnable then) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            then.run();
            return;
        }
        authenticator.getChallenge(ctx).subscribe().with(challenge -> {
            if (challenge != null && challenge.status == 401) {
                challenge.getHeaders().forEach((name, value) -> ctx.response().headers().add(name, value));
            }
            then.run();
        }, failure -> then.run());
    }

    private static void challenge(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            ctx.fail(new AuthenticationFailedException());
            return;
        }
        authenticator.sendChallenge(ctx).subscribe().with(sent -> {
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
        }, ctx::fail);
    }
}
