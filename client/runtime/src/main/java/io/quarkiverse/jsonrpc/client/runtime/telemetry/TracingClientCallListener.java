package io.quarkiverse.jsonrpc.client.runtime.telemetry;

import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_CODE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_MESSAGE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_PROTOCOL_NAME;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.NETWORK_TRANSPORT;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.REQUEST_ID;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_METHOD;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_SYSTEM;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.SERVER_ADDRESS;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.SERVER_PORT;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.VERSION;

import java.net.URI;
import java.util.function.BiConsumer;

import jakarta.inject.Singleton;

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

/**
 * A client span for every call, with the attributes the OpenTelemetry semantic conventions give JSON-RPC (the same as
 * the server's spans), its context sent in the HTTP request's headers so that the server's span is its child. A bean
 * only where the application has quarkus-opentelemetry.
 */
@Singleton
public class TracingClientCallListener implements ClientCallListener {

    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("rpc.jsonrpc.client");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    TracingClientCallListener(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.quarkiverse.jsonrpc-client");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public Call onStart(ClientSettings client, String method, Long id) {
        if (!client.telemetry().traces()) {
            return Call.NONE;
        }
        Context parent = Context.current();
        URI url = client.url();
        var span = tracer.spanBuilder(method)
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
        if (client.serviceName() == null) {
            // a URL that names no port addresses its scheme's
            span.setAttribute(SERVER_PORT, (long) (url.getPort() > 0 ? url.getPort() : client.secure() ? 443 : 80));
        }
        if (id != null) {
            span.setAttribute(REQUEST_ID, id.toString());
        }
        return new TracedCall(span.startSpan(), parent, propagator);
    }

    private record TracedCall(Span span, Context parent, TextMapPropagator propagator) implements Call {

        @Override
        public void headers(BiConsumer<String, String> header) {
            propagator.inject(parent.with(span), header, (carrier, key, value) -> carrier.accept(key, value));
        }

        @Override
        public AutoCloseable enter() {
            return parent.with(span).makeCurrent();
        }

        @Override
        public void onEnd(Throwable failure, long durationNanos) {
            if (failure instanceof JsonRpcClientException error) {
                span.setAttribute(ERROR_CODE, (long) error.code());
                span.setAttribute(ERROR_MESSAGE, error.getMessage());
                span.setStatus(StatusCode.ERROR, error.getMessage());
            } else if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            }
            span.end();
        }
    }
}
