package io.quarkiverse.jsonrpc.server.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code quarkus.jsonrpc-server.metrics.enabled=false} and {@code quarkus.jsonrpc-server.traces.enabled=false} take the
 * extension's meters and spans away, and leave the application's others as they are: Quarkus's HTTP timer and the
 * span of the HTTP request that carried the call.
 */
class TelemetryOffTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Calculator.class, InMemoryTelemetry.class))
            .overrideConfigKey("quarkus.jsonrpc-server.metrics.enabled", "false")
            .overrideConfigKey("quarkus.jsonrpc-server.traces.enabled", "false")
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "50ms");

    @Inject
    SimpleMeterRegistry registry;

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void aCallIsNeitherTimedNorTracedByTheExtension() {
        HttpRpc.call("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}");

        // both end after the call would have: Quarkus times the request and ends its span as the response ends
        await().atMost(Duration.ofSeconds(30)).until(() -> httpRequests() == 1);
        List<SpanData> spans = await().atMost(Duration.ofSeconds(30)).until(exporter::getFinishedSpanItems,
                finished -> finished.stream().anyMatch(s -> s.getName().startsWith("POST")));

        assertThat(spans).extracting(SpanData::getName).doesNotContain("subtract");
        assertThat(registry.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("jsonrpc.server"));
    }

    private long httpRequests() {
        Timer timer = registry.find("http.server.requests").tag("uri", "/jsonrpc").timer();
        return timer == null ? 0 : timer.count();
    }
}
