package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** {@code GET <http path>/openrpc.json}: the OpenRPC document, or {@code 404} when it is not served. */
final class OpenRpcHandler implements Handler<RoutingContext> {

    private final Buffer document;
    private final boolean served;

    OpenRpcHandler(OpenRpcDocument document, boolean served) {
        this.document = Buffer.buffer(document.json());
        this.served = served;
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
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(document);
    }
}
