package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <http path>/openrpc.json}: the OpenRPC document, or {@code 404} when it is not served; to the callers
 * the JSON-RPC endpoint admits.
 */
final class OpenRpcHandler implements Handler<RoutingContext> {

    private final Buffer document;
    private final boolean served;
    private final HttpCallerGate callers;

    OpenRpcHandler(OpenRpcDocument document, boolean served, HttpCallerGate callers) {
        this.document = Buffer.buffer(document.json());
        this.served = served;
        this.callers = callers;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!served) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, HEAD").end();
            return;
        }
        // the document lists the methods: where they need an authenticated caller, so does it
        callers.admit(ctx, (admitted, identity) -> admitted.response().putHeader(HttpHeaders.CONTENT_TYPE,
                "application/json").end(document));
    }
}
