package io.quarkiverse.jsonrpc.client.runtime.telemetry;

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

/**
 * A client span for every call, with the attributes the OpenTelemetry semantic conventions give JSON-RPC (the same as
 * the server's spans), its context sent in the HTTP request's headers so that the server's span is its child. A bean
 * only where the application has quarkus-opentelemetry.
 */
@Singleton
public class TracingClientCallListener implements ClientCallListener {

    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> VERSION = AttributeKey.stringKey("rpc.jsonrpc.version");
    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("rpc.jsonrpc.request_id");
    static final AttributeKey<Long> ERROR_CODE = AttributeKey.longKey("rpc.jsonrpc.error_code");
    static final AttributeKey<String> ERROR_MESSAGE = AttributeKey.stringKey("rpc.jsonrpc.error_message");
    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("rpc.jsonrpc.client");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    TracingClientCallListener(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.quarkiverse.jsonrpc-client");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public Call onStart(String configKey, String method, Long id) {
        Context parent = Context.current();
        var span = tracer.spanBuilder(method)
                .setSpanKind(SpanKind.CLIENT)
                .setParent(parent)
                .setAttribute(RPC_SYSTEM, "jsonrpc")
                .setAttribute(RPC_METHOD, method)
                .setAttribute(VERSION, "2.0")
                .setAttribute(CLIENT, configKey);
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
