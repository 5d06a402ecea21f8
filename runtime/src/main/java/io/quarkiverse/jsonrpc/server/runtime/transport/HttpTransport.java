package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.JsonRpcServer;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.ErrorObject;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.Reply;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * JSON-RPC over HTTP: a {@code POST} body in, the engine's reply out. Only HTTP is decided here: method, content
 * type, status code.
 */
public final class HttpTransport implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(HttpTransport.class);

    /** {@code application/json}, and the two types the JSON-RPC-over-HTTP draft also names. */
    private static final Set<String> MEDIA_TYPES = Set.of("application/json", "application/json-rpc",
            "application/jsonrequest");

    private final JsonRpcEngine engine;
    private final boolean errorStatusCodes;
    private final boolean authenticationRequired;

    public HttpTransport(JsonRpcServer server, JsonRpcServerConfig config) {
        this.engine = server.engine();
        this.errorStatusCodes = config.http().errorStatusCodes();
        this.authenticationRequired = config.auth().required();
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            // the WebSocket endpoint may share the path: its route comes after this one
            ctx.next();
            return;
        }
        if (ctx.request().method() != HttpMethod.POST) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "POST").end();
            return;
        }
        if (!acceptedMediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            ctx.response().setStatusCode(415).end();
            return;
        }
        Buffer body = ctx.body().buffer();
        byte[] message = body == null ? new byte[0] : body.getBytes();
        identity(ctx).chain(identity -> {
            if (authenticationRequired && identity.isAnonymous()) {
                // Quarkus security answers 401 with the challenge of the application's mechanism
                ctx.fail(new AuthenticationFailedException());
                return Uni.createFrom().nullItem();
            }
            return engine.handle(message, new HttpSession(ctx, identity)).invoke(reply -> respond(ctx, reply));
        }).subscribe().with(ignored -> {
        }, failure -> {
            LOG.errorf(failure, "JSON-RPC request over HTTP failed");
            ctx.fail(failure);
        });
    }

    /** The caller as Quarkus security established it; resolved here when authentication is lazy. */
    private static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            return Uni.createFrom().item(user.getSecurityIdentity());
        }
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            return Uni.createFrom().item(AnonymousIdentity.INSTANCE);
        }
        return deferred.map(identity -> identity == null ? AnonymousIdentity.INSTANCE : identity);
    }

    private void respond(RoutingContext ctx, Reply reply) {
        HttpServerResponse response = ctx.response();
        if (reply == null) {
            response.setStatusCode(204).end();
            return;
        }
        response.setStatusCode(errorStatusCodes ? statusOf(reply.errorCode()) : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Buffer.buffer(reply.bytes()));
    }

    private static int statusOf(int errorCode) {
        return switch (errorCode) {
            case 0 -> 200;
            case -32600 -> 400;
            case -32601 -> 404;
            case ErrorObject.UNAUTHORIZED -> 401;
            case ErrorObject.FORBIDDEN -> 403;
            case ErrorObject.SHUTTING_DOWN -> 503;
            default -> 500;
        };
    }

    private static boolean isWebSocketUpgrade(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.GET
                && "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    private static boolean acceptedMediaType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase();
        return MEDIA_TYPES.contains(mediaType);
    }
}
