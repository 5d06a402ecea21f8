package io.quarkiverse.jsonrpc.server.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With {@code quarkus.otel.instrument.vertx-http=false}, Quarkus makes no span of an HTTP request, and nothing reads
 * the trace context its headers carry but the extension: a call still continues the client's trace.
 */
class HttpRequestsUntracedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Calculator.class, InMemoryTelemetry.class))
            .overrideConfigKey("quarkus.micrometer.enabled", "false")
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "50ms")
            .overrideRuntimeConfigKey("quarkus.otel.instrument.vertx-http", "false");

    private static final String CLIENT_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter exporter;

    @BeforeEach
    void reset() {
        exporter.reset();
    }

    @Test
    void anHttpCallContinuesTheTraceOfTheRequestsHeaders() {
        given().contentType("application/json").header("traceparent", "00-" + CLIENT_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
                .body("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}")
                .post("/jsonrpc").then().statusCode(200);

        SpanData call = span("subtract");
        assertThat(call.getTraceId()).isEqualTo(CLIENT_TRACE_ID);
        assertThat(call.getParentSpanId()).isEqualTo(CLIENT_SPAN_ID);
        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName).noneMatch(n -> n.startsWith("POST"));
    }

    private SpanData span(String name) {
        return await().until(() -> exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name))
                .findFirst().orElse(null), s -> s != null);
    }
}
