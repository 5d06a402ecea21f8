package io.quarkiverse.jsonrpc.client.runtime.telemetry;

import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_CODE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_MESSAGE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_TYPE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_PEER_ADDRESS;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_PEER_PORT;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_PROTOCOL_NAME;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_TRANSPORT;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.REQUEST_ID;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_METHOD;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_SERVICE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_SYSTEM;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.SERVER_ADDRESS;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.SERVER_PORT;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.VERSION;

import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.ClientCallListener;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * A client span for every call, with the attributes the OpenTelemetry semantic conventions give JSON-RPC (the same as
 * the server's spans), made current while its HTTP request is made: the Vert.x HTTP client's span of the request is
 * its child, and sends its own context to the server. Where the Vert.x HTTP client traces nothing (no Vert.x tracer,
 * or {@code quarkus.otel.instrument.vertx-http=false}), the call's context is sent in the request's headers instead;
 * never both, as two {@code traceparent} headers name two parents. A bean only where the application has
 * quarkus-opentelemetry.
 */
@Singleton
public class TracingClientCallListener implements ClientCallListener {

    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("rpc.jsonrpc.client");
    /** The event of a call its caller gave up before its answer: the server's name for its own. */
    static final String CANCELLED = "cancelled";

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    /** Whether the Vert.x HTTP client makes a span of each request and sends its context. */
    private final boolean httpClientTraced;

    /**
     * @param vertxHttpTraced Quarkus's switch of the Vert.x HTTP tracing: off, Vert.x still has a tracer (of its event
     *        bus, its SQL and Redis clients), which makes no span of an HTTP request and sends no context
     */
    TracingClientCallListener(OpenTelemetry openTelemetry, Vertx vertx,
            @ConfigProperty(name = "quarkus.otel.instrument.vertx-http", defaultValue = "true") boolean vertxHttpTraced) {
        this.tracer = openTelemetry.getTracer("io.quarkiverse.jsonrpc-client");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.httpClientTraced = vertxHttpTraced && vertx instanceof VertxInternal internal && internal.tracer() != null;
    }

    @Override
    public Call onStart(ClientSettings client, String endpoint, String method, Long id) {
        if (!client.telemetry().traces()) {
            // no span of the call's own; the HTTP client's span of its request is still in the caller's trace
            Context caller = Context.current();
            return caller == Context.root() ? Call.NONE : new CallersContext(caller, httpClientTraced ? null : propagator);
        }
        Context parent = Context.current();
        URI url = client.url();
        // the conventions' service, as the server's span of the call names it: the endpoint's path, which the span's
        // name leads, {rpc.service}/{rpc.method}; none for a server's configured path, as on the server
        var span = tracer.spanBuilder(endpoint == null ? method : endpoint + "/" + method)
                .setSpanKind(SpanKind.CLIENT)
                .setParent(parent)
                .setAttribute(RPC_SYSTEM, "jsonrpc")
                .setAttribute(RPC_METHOD, method)
                .setAttribute(VERSION, "2.0")
                .setAttribute(CLIENT, client.configKey())
                // a service's name, for a stork:// URL: the instance is chosen later, and the port is its own
                .setAttribute(SERVER_ADDRESS, url.getHost())
                .setAttribute(NETWORK_TRANSPORT, "tcp")
                .setAttribute(NETWORK_PROTOCOL_NAME, client.webSocket() ? "websocket" : "http");
        if (endpoint != null) {
            span.setAttribute(RPC_SERVICE, endpoint);
        }
        if (client.serviceName() == null) {
            // a URL that names no port addresses its scheme's
            span.setAttribute(SERVER_PORT, (long) (url.getPort() > 0 ? url.getPort() : client.secure() ? 443 : 80));
        }
        if (id != null) {
            span.setAttribute(REQUEST_ID, id.toString());
        }
        return new TracedCall(span.startSpan(), parent, httpClientTraced ? null : propagator);
    }

    /**
     * A call of a client whose traces are off: its request made in the caller's context, which has a span.
     *
     * @param propagator what writes the caller's context in the request's headers; {@code null} where Vert.x does
     */
    private record CallersContext(Context caller, TextMapPropagator propagator) implements Call {

        @Override
        public void headers(BiConsumer<String, String> header) {
            if (propagator != null) {
                propagator.inject(caller, header, (carrier, key, value) -> carrier.accept(key, value));
            }
        }

        @Override
        public AutoCloseable enter() {
            return caller.makeCurrent();
        }

        @Override
        public void onEnd(Throwable failure, long durationNanos) {
        }
    }

    /** @param propagator what writes the call's context in its request's headers; {@code null} where Vert.x does */
    private record TracedCall(Span span, Context parent, TextMapPropagator propagator) implements Call {

        @Override
        public void headers(BiConsumer<String, String> header) {
            if (propagator != null) {
                propagator.inject(parent.with(span), header, (carrier, key, value) -> carrier.accept(key, value));
            }
        }

        @Override
        public AutoCloseable enter() {
            return parent.with(span).makeCurrent();
        }

        /** Set on the span once known: the call's span starts before its connection is had. */
        @Override
        public void peer(String address, int port) {
            span.setAttribute(NETWORK_PEER_ADDRESS, address);
            if (port > 0) {
                span.setAttribute(NETWORK_PEER_PORT, (long) port);
            }
        }

        @Override
        public void onEnd(Throwable failure, long durationNanos) {
            if (failure instanceof CancellationException) {
                // given up by its caller: no error of the call, as the server's span of a call cancelled by its
                // connection closing says, and as the call's timer's CANCELLED outcome does
                span.addEvent(CANCELLED);
            } else if (failure instanceof JsonRpcClientException error) {
                span.setAttribute(ERROR_CODE, (long) error.code());
                span.setAttribute(ERROR_MESSAGE, error.getMessage());
                span.setAttribute(ERROR_TYPE, Integer.toString(error.code()));
                span.setStatus(StatusCode.ERROR, error.getMessage());
            } else if (failure != null) {
                // no answer, no code: the conventions' type is then the failure's class
                span.setAttribute(ERROR_TYPE, failure.getClass().getName());
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            }
            span.end();
        }
    }
}
