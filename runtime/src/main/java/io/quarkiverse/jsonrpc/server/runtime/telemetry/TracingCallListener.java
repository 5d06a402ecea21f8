package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_CODE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.ERROR_MESSAGE;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.REQUEST_ID;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_METHOD;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.RPC_SYSTEM;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.VERSION;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * A server span for every call, with the attributes the OpenTelemetry semantic conventions give JSON-RPC. Its parent
 * is the context current when the call starts (over HTTP, the span of the HTTP request); it is current while the
 * method runs, so the method's own spans nest under it. A bean only where the application has quarkus-opentelemetry.
 */
@Singleton
public class TracingCallListener implements CallListener {

    /** The event of a call cancelled before its answer. */
    static final String CANCELLED = "cancelled";

    private final Tracer tracer;
    private final MethodNames names;

    TracingCallListener(OpenTelemetry openTelemetry, Instance<ServerAssembly> server) {
        this.tracer = openTelemetry.getTracer("io.quarkiverse.jsonrpc-server");
        this.names = new MethodNames(server);
    }

    @Override
    public Call onStart(String method, JsonRpcTransport transport, String version, Object id) {
        Context parent = Context.current();
        var span = tracer.spanBuilder(names.of(method))
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(RPC_SYSTEM, "jsonrpc")
                .setAttribute(RPC_METHOD, method);
        // 1.0 has no jsonrpc member, and a notification no id: the conventions omit them then
        if ("2.0".equals(version)) {
            span.setAttribute(VERSION, version);
        }
        if (id != null) {
            span.setAttribute(REQUEST_ID, id.toString());
        }
        return new TracedCall(span.startSpan(), parent);
    }

    private record TracedCall(Span span, Context parent) implements Call {

        @Override
        public AutoCloseable enter() {
            return parent.with(span).makeCurrent();
        }

        @Override
        public void onEnd(int errorCode, String errorMessage, long durationNanos) {
            if (errorCode != 0) {
                if (errorCode == JsonRpcErrorCodes.METHOD_NOT_FOUND) {
                    span.updateName(UNKNOWN_METHOD);
                }
                span.setAttribute(ERROR_CODE, (long) errorCode);
                span.setAttribute(ERROR_MESSAGE, errorMessage);
                span.setStatus(StatusCode.ERROR, errorMessage);
            }
            span.end();
        }

        /** Ended without an answer, its connection closed: not an error of the server, so the status stays unset. */
        @Override
        public void onCancel(long durationNanos) {
            span.addEvent(CANCELLED);
            span.end();
        }
    }
}
