package io.quarkiverse.jsonrpc.server.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With quarkus-micrometer, every call is timed, and connections, subscriptions and calls in flight are gauged. */
class MetricsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    root -> root.addClasses(Calculator.class, Ledger.class, InMemoryTelemetry.class, Percentiles.class))
            .overrideConfigKey("quarkus.otel.enabled", "false")
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.max-calls-in-flight", "" + MetricsTest.MAX_CALLS_IN_FLIGHT);

    static final int MAX_CALLS_IN_FLIGHT = 4;

    static class Percentiles {
        /** The observability guide's filter: percentile histogram buckets for the calls' timer. */
        @Produces
        @Singleton
        MeterFilter jsonRpcPercentiles() {
            return new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                    if (id.getName().equals("jsonrpc.server.requests")) {
                        return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                    }
                    return config;
                }
            };
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @TestHTTPResource("/ledger/2026")
    URI ledger;

    @Inject
    SimpleMeterRegistry registry;

    /**
     * The outcome as Quarkus's HTTP timers name it (Micrometer's {@code Outcome}): a wrong request, and an application's
     * own error, are the client's; an unexpected failure, and the rest of the range the specification reserves for
     * servers, the server's.
     */
    @Test
    void everyCallIsTimedByMethodTransportAndOutcome() {
        post("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}");
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            client.call("subtract", 1, 2);
            client.callForError("subtract", 1);
            client.callForError("refuse");
            client.callForError("overdraw");
            client.callForError("broken");
        }

        assertThat(count("subtract", "http", "SUCCESS", "none")).isEqualTo(1);
        assertThat(count("subtract", "websocket", "SUCCESS", "none")).isEqualTo(1);
        assertThat(count("subtract", "websocket", "CLIENT_ERROR", "-32602")).isEqualTo(1);
        assertThat(count("refuse", "websocket", "SERVER_ERROR", "-32010")).isEqualTo(1);
        assertThat(count("overdraw", "websocket", "CLIENT_ERROR", "4001")).isEqualTo(1);
        assertThat(count("broken", "websocket", "SERVER_ERROR", "-32603")).isEqualTo(1);
        assertThat(registry.find("jsonrpc.server.requests").timers()).extracting(t -> t.getId().getTag("outcome"))
                .isSubsetOf("SUCCESS", "CLIENT_ERROR", "SERVER_ERROR", "CANCELLED");
    }

    /**
     * Two methods of one name at two endpoints are two timers, told apart by the path each serves, as the application
     * writes it: the configured path (the other tests' {@code /jsonrpc}), or the endpoint's with its path parameter
     * unfilled.
     */
    @Test
    void eachCallIsTaggedWithThePathItCameTo() {
        HttpRpc.call("/ledger/2026", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [5, 1], \"id\": 1}");
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(ledger)) {
            client.call("subtract", 1, 2);
            client.callForError("refuse");
        }

        assertThat(count("subtract", "/ledger/{book}", "http", "SUCCESS", "none")).isEqualTo(1);
        assertThat(count("subtract", "/ledger/{book}", "websocket", "SUCCESS", "none")).isEqualTo(1);
        // a method of the configured path is none of the endpoint's
        assertThat(count("UNKNOWN", "/ledger/{book}", "websocket", "CLIENT_ERROR", "-32601")).isEqualTo(1);
        assertThat(registry.find("jsonrpc.server.requests").timers()).extracting(t -> t.getId().getTag("uri"))
                .isSubsetOf("/jsonrpc", "/ledger/{book}");
    }

    @Test
    void aMeterFilterGivesTheTimerHistogramBuckets() {
        post("{\"jsonrpc\": \"2.0\", \"method\": \"refuse\", \"id\": 1}");

        HttpResponse<String> metrics = Http.get("/q/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        String prometheus = metrics.body();
        assertThat(prometheus).containsPattern("jsonrpc_server_requests_seconds_bucket\\{[^}]*method=\"refuse\"");
    }

    @Test
    void unknownMethodsShareOneTag() {
        post("{\"jsonrpc\": \"2.0\", \"method\": \"no-such-method-1\", \"id\": 1}");
        post("{\"jsonrpc\": \"2.0\", \"method\": \"no-such-method-2\"}");

        assertThat(count("UNKNOWN", "http", "CLIENT_ERROR", "-32601")).isEqualTo(2);
        assertThat(registry.find("jsonrpc.server.requests").tag("method", "no-such-method-1").timer()).isNull();
    }

    /** Not only a method not found may name anything: a call refused as one too many is refused before its lookup. */
    @Test
    void aCallRefusedAsOneTooManyOfAnUnknownMethodIsTaggedUnknown() {
        refusedAsOneTooMany(endpoint, "{\"jsonrpc\": \"2.0\", \"method\": \"no-such-method-3\", \"id\": 1}");

        assertThat(count("UNKNOWN", "websocket", "CLIENT_ERROR", "-32005")).isEqualTo(1);
        assertThat(registry.find("jsonrpc.server.requests").tag("method", "no-such-method-3").timer()).isNull();
    }

    /** Nor does a name the configured path declares get its own tag when it reaches an endpoint that does not. */
    @Test
    void aCallRefusedAsOneTooManyAtAnEndpointIsTaggedUnknownUnlessTheEndpointDeclaresIt() {
        refusedAsOneTooMany(ledger, "{\"jsonrpc\": \"2.0\", \"method\": \"broken\", \"id\": 1}",
                "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [1, 1], \"id\": 2}");

        assertThat(count("UNKNOWN", "/ledger/{book}", "websocket", "CLIENT_ERROR", "-32005")).isEqualTo(1);
        assertThat(count("subtract", "/ledger/{book}", "websocket", "CLIENT_ERROR", "-32005")).isEqualTo(1);
        assertThat(count("broken", "/ledger/{book}", "websocket", "CLIENT_ERROR", "-32005")).isZero();
    }

    @Test
    void connectionsSubscriptionsAndCallsInFlightAreGauged() {
        Calculator.release = new CountDownLatch(1);
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.connections") == 1);
            client.subscribe("forever");
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.subscriptions") == 1);
            // timed until answered with its subscription id, not while its stream goes on
            assertThat(count("forever", "websocket", "SUCCESS", "none")).isEqualTo(1);

            CompletableFuture<Boolean> held = CompletableFuture.supplyAsync(() -> client.call(boolean.class, "held"));
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.requests.active") == 1);
            Calculator.release.countDown();
            assertThat(held.join()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.requests.active") == 0);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.connections") == 0);
        assertThat(gauge("jsonrpc.server.subscriptions")).isZero();
    }

    @Test
    void aCallCancelledByItsConnectionClosingIsNoLongerActiveAndTimedAsCancelled() {
        Calculator.release = new CountDownLatch(1);
        try {
            try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
                client.notify("held");
                await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.requests.active") == 1);
            }
            // the call is cancelled with its connection, though its worker thread still waits for the latch
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.requests.active") == 0);
            assertThat(count("held", "websocket", "CANCELLED", "none")).isEqualTo(1);
            assertThat(count("held", "websocket", "SUCCESS", "none")).isZero();
        } finally {
            Calculator.release.countDown();
        }
    }

    /** Each call refused as one too many, on a connection whose every call in flight waits; then all cancelled. */
    private void refusedAsOneTooMany(URI uri, String... calls) {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            for (int i = 0; i < MAX_CALLS_IN_FLIGHT; i++) {
                connection.send("{\"jsonrpc\": \"2.0\", \"method\": \"pending\"}");
            }
            for (String call : calls) {
                assertThat(connection.call(call)).contains("\"code\":-32005");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("jsonrpc.server.requests.active") == 0);
    }

    private long count(String method, String transport, String outcome, String errorCode) {
        return count(method, "/jsonrpc", transport, outcome, errorCode);
    }

    private long count(String method, String uri, String transport, String outcome, String errorCode) {
        Timer timer = registry.find("jsonrpc.server.requests").tag("method", method).tag("uri", uri)
                .tag("transport", transport).tag("outcome", outcome).tag("error.code", errorCode).timer();
        return timer == null ? 0 : timer.count();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private static void post(String body) {
        assertThat(Http.post("/jsonrpc", body).statusCode()).isIn(200, 204);
    }

}
