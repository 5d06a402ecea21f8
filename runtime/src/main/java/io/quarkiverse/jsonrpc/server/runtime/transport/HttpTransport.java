package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.Reply;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate;
import io.quarkiverse.jsonrpc.server.runtime.security.OpenHookSecurity;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
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

    private static final String ALLOWED = "POST, OPTIONS";
    // the two refusals say what to send instead: a person trying the endpoint with curl reads them
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String NOT_POST = "JSON-RPC over HTTP takes a POST request whose body is the JSON-RPC request";
    private static final String NOT_JSON = "JSON-RPC over HTTP takes a body of Content-Type application/json"
            + " (or application/json-rpc, application/jsonrequest)";

    private static final byte[] NO_BODY = new byte[0];

    private final JsonRpcEngine engine;
    /** The path of its {@code @JsonRpcEndpoint}; {@code null} for the configured path. */
    private final String endpoint;
    private final boolean errorStatusCodes;
    private final HttpCallerGate callers;
    private final boolean sessionScoped;
    /** {@code null} where traffic logging is off. */
    private final TrafficLog traffic;

    /** @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path */
    public HttpTransport(ServerAssembly server, String endpoint, JsonRpcServerConfig config) {
        this.engine = server.engine(endpoint);
        this.endpoint = endpoint;
        this.sessionScoped = server.sessionScoped();
        this.errorStatusCodes = config.http().errorStatusCodes();
        this.callers = new HttpCallerGate(config.auth().required(),
                OpenHookSecurity.of(server.hooks(endpoint).openHooks().stream().map(RecordedHook::securityDescription)
                        .toList()));
        this.traffic = TrafficLog.of(config);
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            // the WebSocket endpoint may share the path: its route comes after this one
            ctx.next();
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            // RFC 9110 section 9.3.7; a CORS preflight never gets here where CORS is on: Quarkus answers it first
            ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, ALLOWED).end();
            return;
        }
        if (method != HttpMethod.POST) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, ALLOWED)
                    .putHeader(HttpHeaders.CONTENT_TYPE, TEXT).end(NOT_POST);
            return;
        }
        if (!acceptedMediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            ctx.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, TEXT).end(NOT_JSON);
            return;
        }
        Buffer body = ctx.body().buffer();
        byte[] message = body == null ? NO_BODY : body.getBytes();
        callers.admit(ctx, (admitted, identity) -> handle(admitted, message, identity));
    }

    private void handle(RoutingContext ctx, byte[] message, SecurityIdentity identity) {
        // logged once the caller is let in, as every message logged is then answered: one turned away is answered by
        // the authentication mechanism's challenge, which Quarkus's HTTP access log shows
        if (traffic != null) {
            traffic.received(ctx.request(), message);
        }
        // a subscriber rather than Mutiny operators, whose callbacks would each capture and restore the thread
        // contexts (see UndecoratedUni)
        HttpSession session = new HttpSession(ctx, endpoint, identity, sessionScoped);
        engine.handle(message, session).subscribe().withSubscriber(new UniSubscriber<Reply>() {
            @Override
            public void onSubscribe(UniSubscription subscription) {
                // a client that goes away mid-call: its calls are cancelled, as a WebSocket connection's are
                ctx.response().closeHandler(closed -> {
                    subscription.cancel();
                    session.end();
                });
            }

            @Override
            public void onItem(Reply reply) {
                try {
                    respond(ctx, reply);
                } catch (RuntimeException e) {
                    fail(ctx, e);
                }
                session.end();
            }

            @Override
            public void onFailure(Throwable failure) {
                fail(ctx, failure);
                session.end();
            }
        });
    }

    private static void fail(RoutingContext ctx, Throwable failure) {
        if (failure instanceof RejectedExecutionException) {
            // a blocking call answered after the server stopped (no shutdown timeout let it finish): its event loop is
            // gone, and its client with it
            LOG.debugf("The answer to a JSON-RPC request over HTTP was dropped: the server has stopped (%s)",
                    failure.getMessage());
            return;
        }
        LOG.errorf(failure, "JSON-RPC request over HTTP failed");
        ctx.fail(failure);
    }

    private void respond(RoutingContext ctx, Reply reply) {
        HttpServerResponse response = ctx.response();
        if (reply == null) {
            if (traffic != null) {
                traffic.sent(ctx.request(), 204, NO_BODY);
            }
            response.setStatusCode(204).end();
            return;
        }
        int status = errorStatusCodes ? statusOf(reply.errorCode()) : 200;
        if (traffic != null) {
            traffic.sent(ctx.request(), status, reply.bytes());
        }
        if (status == 401) {
            HttpCallerGate.withChallenge(ctx, () -> send(response, status, reply));
            return;
        }
        send(response, status, reply);
    }

    private static void send(HttpServerResponse response, int status, Reply reply) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Buffer.buffer(reply.bytes()));
    }

    private static int statusOf(int errorCode) {
        return switch (errorCode) {
            case 0 -> 200;
            case JsonRpcErrorCodes.INVALID_REQUEST -> 400;
            case JsonRpcErrorCodes.METHOD_NOT_FOUND -> 404;
            case JsonRpcErrorCodes.UNAUTHORIZED -> 401;
            case JsonRpcErrorCodes.FORBIDDEN -> 403;
            case JsonRpcErrorCodes.SHUTTING_DOWN -> 503;
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
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.contains(mediaType);
    }
}
