package io.quarkiverse.jsonrpc.server.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.observability.client.CalculatorClient;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * With {@code quarkus.otel.instrument.vertx-http=false}, Quarkus makes no span of an HTTP request, and nothing reads
 * the trace context its headers carry but the extension: a call still continues the client's trace. Nor does the Vert.x
 * HTTP client make a span of a request and send its context: the typed client sends its call's, or, its traces off,
 * its caller's.
 */
class HttpRequestsUntracedTest {

    /** The port in the client's URL, known before the application starts: a relay to the application's. */
    static final int PORT = SharedTcpRelay.port(HttpRequestsUntracedTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Calculator.class, CalculatorClient.class, QuietClient.class,
                    InMemoryTelemetry.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"quiet\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"quiet\".traces.enabled", "false")
            .overrideConfigKey("quarkus.micrometer.enabled", "false")
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "50ms")
            .overrideRuntimeConfigKey("quarkus.otel.instrument.vertx-http", "false");

    private static final String CLIENT_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter exporter;

    @Inject
    @JsonRpcClient
    CalculatorClient calc;

    /** The same server, as a client whose calls are not traced. */
    @RegisterJsonRpcClient(configKey = "quiet")
    public interface QuietClient {
        @JsonRpc
        List<String> traceparents();
    }

    @Inject
    @JsonRpcClient
    QuietClient quiet;

    @Inject
    OpenTelemetry openTelemetry;

    @TestHTTPResource
    URL application;

    @BeforeEach
    void reset() {
        SharedTcpRelay.target(HttpRequestsUntracedTest.class.getName(), application.getPort());
        exporter.reset();
    }

    @Test
    void anHttpCallContinuesTheTraceOfTheRequestsHeaders() {
        HttpRpc.call("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}",
                "traceparent", "00-" + CLIENT_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01");

        SpanData call = span("subtract");
        assertThat(call.getTraceId()).isEqualTo(CLIENT_TRACE_ID);
        assertThat(call.getParentSpanId()).isEqualTo(CLIENT_SPAN_ID);
        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName).noneMatch(n -> n.startsWith("POST"));
    }

    /**
     * The baggage of the request's W3C header comes with the trace context the call reads itself, current in the
     * method as under Quarkus's HTTP span.
     */
    @Test
    void anHttpCallCarriesTheBaggageOfTheRequestsHeaders() {
        String baggage = "{\"jsonrpc\": \"2.0\", \"method\": \"baggage\", \"params\": [\"tenant\"], \"id\": 7}";
        String traceparent = "00-" + CLIENT_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01";
        assertThat(HttpRpc.call("/jsonrpc", baggage, "traceparent", traceparent, "baggage", "tenant=acme"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"acme\",\"id\":7}");
    }

    @Test
    void aClientCallSendsItsOwnTraceContext() {
        List<String> sent = calc.traceparents();

        SpanData client = span("traceparents", SpanKind.CLIENT);
        assertThat(sent).singleElement().asString().contains(client.getTraceId()).contains(client.getSpanId());
        SpanData server = span("traceparents", SpanKind.SERVER);
        assertThat(server.getTraceId()).isEqualTo(client.getTraceId());
        assertThat(server.getParentSpanId()).isEqualTo(client.getSpanId());
    }

    @Test
    void aClientWithItsTracesOffSendsItsCallersTraceContext() {
        Span caller = openTelemetry.getTracer("test").spanBuilder("caller").startSpan();
        List<String> sent;
        try (Scope ignored = caller.makeCurrent()) {
            sent = quiet.traceparents();
        } finally {
            caller.end();
        }

        assertThat(sent).singleElement().asString().contains(caller.getSpanContext().getTraceId())
                .contains(caller.getSpanContext().getSpanId());
        assertThat(span("traceparents", SpanKind.SERVER).getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
    }

    private SpanData span(String name, SpanKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(name) && s.getKind() == kind).findFirst().orElse(null), s -> s != null);
    }

    private SpanData span(String name) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name))
                        .findFirst().orElse(null), s -> s != null);
    }
}
