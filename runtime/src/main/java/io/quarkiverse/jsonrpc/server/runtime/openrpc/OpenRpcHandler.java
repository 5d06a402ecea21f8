package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <http path>/openrpc.json}: the OpenRPC document, or {@code 404} when it is not served; to the callers
 * the JSON-RPC endpoint admits. As {@code rpc.discover} gives it, on one line; indented for a reader with
 * {@code ?pretty} (the Dev UI shows it so).
 */
final class OpenRpcHandler implements Handler<RoutingContext> {

    private static final String ALLOWED = "GET, HEAD, OPTIONS";

    private final Buffer document;
    /** Made at the first request for it: few applications' documents are ever read by a person. */
    private volatile Buffer pretty;
    private final boolean served;
    private final HttpCallerGate callers;

    OpenRpcHandler(String document, boolean served, HttpCallerGate callers) {
        this.document = Buffer.buffer(document);
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
        if (method == HttpMethod.OPTIONS) {
            ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, ALLOWED).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, ALLOWED).end();
            return;
        }
        // the document lists the methods: where they need an authenticated caller, so does it
        Buffer body = ctx.request().params().contains("pretty") ? pretty() : document;
        callers.admit(ctx, (admitted, identity) -> admitted.response().putHeader(HttpHeaders.CONTENT_TYPE,
                "application/json").end(body));
    }

    private Buffer pretty() {
        Buffer made = pretty;
        if (made == null) {
            try {
                ObjectMapper indented = Indented.MAPPER;
                made = Buffer.buffer(indented.writeValueAsBytes(indented.readTree(document.getBytes())));
            } catch (IOException e) {
                // the document is the build's JSON: this does not happen
                made = document;
            }
            pretty = made;
        }
        return made;
    }

    /** Made with the first indented document, not with the handler: most applications never make one. */
    private static final class Indented {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
