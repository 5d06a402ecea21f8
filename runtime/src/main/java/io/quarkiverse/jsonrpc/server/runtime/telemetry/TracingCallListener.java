package io.quarkiverse.jsonrpc.server.runtime.telemetry;

import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.CLIENT_ADDRESS;
import static io.quarkiverse.jsonrpc.common.telemetry.JsonRpcSpanAttributes.CLIENT_PORT;
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

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * A server span for every call, with the attributes the OpenTelemetry semantic conventions give JSON-RPC and RPC
 * server spans (where the call came from on the network among them). A call to a {@code @JsonRpcEndpoint} names its
 * path as the service, {@code rpc.service}, and in the span's name, {@code /admin/delete}. Its parent
 * is the context current when the call starts (over HTTP, the span of the HTTP request), or, over HTTP where Quarkus
 * traces no HTTP request ({@code quarkus.otel.instrument.vertx-http=false}), the context the request's headers carry;
 * it is current while the method runs, so the method's own spans nest under it. A bean only where the application
 * has quarkus-opentelemetry.
 */
@Singleton
public class TracingCallListener implements CallListener {

    /** The event of a call cancelled before its answer. */
    static final String CANCELLED = "cancelled";
    private static final String WEBSOCKET = "websocket";
    private static final String HTTP = "http";

    /** Reads the trace context from the headers of the HTTP request that carried a call. */
    private static final TextMapGetter<Request> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Request request) {
            // the trace context is read by its headers' names; baggage a propagator finds by a prefix (Jaeger's
            // uberctx-) is not, as a request's headers would be listed per call
            return List.of();
        }

        @Override
        public String get(Request request, String name) {
            return request == null ? null : request.header(name);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final MethodNames names;

    TracingCallListener(OpenTelemetry openTelemetry, Instance<ServerAssembly> server) {
        this.tracer = openTelemetry.getTracer("io.quarkiverse.jsonrpc-server");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.names = new MethodNames(server);
    }

    @Override
    public Call onStart(Request request) {
        Context parent = parent(request);
        String method = request.method();
        String endpoint = request.endpoint();
        String name = names.of(endpoint, method);
        var span = tracer.spanBuilder(endpoint == null || UNKNOWN_METHOD.equals(name) ? name : endpoint + "/" + name)
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(RPC_SYSTEM, "jsonrpc")
                .setAttribute(RPC_METHOD, method)
                .setAttribute(NETWORK_PROTOCOL_NAME,
                        request.transport() == JsonRpcTransport.WEBSOCKET ? WEBSOCKET : HTTP);
        // the conventions' service, whose methods a path serves: named as they name a span, {rpc.service}/{rpc.method}
        if (endpoint != null) {
            span.setAttribute(RPC_SERVICE, endpoint);
        }
        // 1.0 has no jsonrpc member: the conventions omit the version then
        String version = request.version();
        if ("2.0".equals(version)) {
            span.setAttribute(VERSION, version);
        }
        // the conventions: omitted for a notification, the empty string for an id of null
        if (!request.isNotification()) {
            Object id = request.id();
            span.setAttribute(REQUEST_ID, id == null ? "" : id.toString());
        }
        Network network = request.network();
        if (network != null) {
            network(span, network);
        }
        return new TracedCall(span.startSpan(), parent);
    }

    /**
     * The context current when the call starts: over HTTP, the span Quarkus makes of the request, which continues the
     * trace its headers carry. Where Quarkus makes none, the call continues that trace itself, so that a client's
     * trace still goes on through the server; over WebSocket, a message carries no headers.
     */
    private Context parent(Request request) {
        Context current = Context.current();
        if (request.transport() != JsonRpcTransport.HTTP || Span.fromContext(current).getSpanContext().isValid()) {
            return current;
        }
        return propagator.extract(current, request, HEADERS);
    }

    /** Only values the connection read once: no text is made here per call. */
    private static void network(SpanBuilder span, Network network) {
        span.setAttribute(NETWORK_TRANSPORT, network.transport());
        if (network.serverAddress() != null) {
            span.setAttribute(SERVER_ADDRESS, network.serverAddress());
        }
        if (network.serverPort() > 0) {
            span.setAttribute(SERVER_PORT, (long) network.serverPort());
        }
        if (network.clientAddress() != null) {
            span.setAttribute(CLIENT_ADDRESS, network.clientAddress());
        }
        if (network.clientPort() > 0) {
            span.setAttribute(CLIENT_PORT, (long) network.clientPort());
        }
        if (network.peerAddress() != null) {
            span.setAttribute(NETWORK_PEER_ADDRESS, network.peerAddress());
        }
        if (network.peerPort() > 0) {
            span.setAttribute(NETWORK_PEER_PORT, (long) network.peerPort());
        }
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
                span.setAttribute(ERROR_TYPE, Integer.toString(errorCode));
                span.setStatus(StatusCode.ERROR, errorMessage);
            }
            span.end();
        }

        /** The conventions' exception event, with the type, message and stack trace the log has too. */
        @Override
        public void onException(Throwable exception) {
            span.recordException(exception);
        }

        /** Ended without an answer, its connection closed: not an error of the server, so the status stays unset. */
        @Override
        public void onCancel(long durationNanos) {
            span.addEvent(CANCELLED);
            span.end();
        }
    }
}
