package io.quarkiverse.jsonrpc.server.observability.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.observability.Calculator;
import io.quarkiverse.jsonrpc.server.observability.InMemoryTelemetry;
import io.quarkiverse.jsonrpc.server.observability.Ledger;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * With quarkus-opentelemetry and quarkus-micrometer, a client call is a client span, parent of the HTTP client's span
 * of its request, whose context travels in the HTTP headers to the server's span, and is timed per method. The client
 * calls the server of the same application.
 */
class ClientTelemetryTest {

    /**
     * The port in the client's URL, which must name it before the application starts and takes a free port: a relay
     * to the application's, held for the whole run.
     */
    static final int PORT = SharedTcpRelay.port(ClientTelemetryTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Calculator.class, CalculatorClient.class, QuietClient.class,
                    CodesClient.class, Ledger.class, LedgerClient.class, InMemoryTelemetry.class))
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "50ms")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"quiet\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"codes\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"ledger\".url", "http://localhost:" + PORT)
            .overrideConfigKey("quarkus.jsonrpc-client.\"ledger\".path-params.\"book\"", "2026")
            .overrideConfigKey("quarkus.jsonrpc-client.\"quiet\".metrics.enabled", "false")
            .overrideConfigKey("quarkus.jsonrpc-client.\"quiet\".traces.enabled", "false")
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.address-list", "localhost:" + PORT);

    /** The same server, as a client whose own calls are neither timed nor traced. */
    @RegisterJsonRpcClient(configKey = "quiet")
    public interface QuietClient {
        @JsonRpc
        int subtract(int minuend, int subtrahend);
    }

    /** The same server, as a client of its own for the error codes it sends. */
    @RegisterJsonRpcClient(configKey = "codes")
    public interface CodesClient {
        @JsonRpc
        int refuseWith(int code);

        @JsonRpc
        int missing();
    }

    @Inject
    @JsonRpcClient
    CalculatorClient calc;

    @Inject
    @JsonRpcClient
    CodesClient codes;

    @Inject
    @JsonRpcClient
    QuietClient quiet;

    @Inject
    @JsonRpcClient
    LedgerClient ledger;

    @Inject
    InMemorySpanExporter exporter;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    SimpleMeterRegistry registry;

    @TestHTTPResource
    URL application;

    @BeforeEach
    void reset() {
        SharedTcpRelay.target(ClientTelemetryTest.class.getName(), application.getPort());
        exporter.reset();
    }

    @Test
    void aCallIsAClientSpanParentOfTheServerSide() {
        assertThat(calc.subtract(42, 23)).isEqualTo(19);

        SpanData client = span("subtract", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.system"))).isEqualTo("jsonrpc");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("subtract");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.version"))).isEqualTo("2.0");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.request_id"))).isNotNull();
        // where the call goes, as the client's URL names it
        assertThat(client.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("localhost");
        assertThat(client.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo((long) PORT);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("network.transport"))).isEqualTo("tcp");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("network.protocol.name"))).isEqualTo("http");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        // one trace: the call, with the HTTP client's span of its request under it, the server's HTTP request under
        // that (the request's headers carry its context), the server's call under that
        SpanData post = httpSpanOfTrace(SpanKind.CLIENT, client);
        assertThat(post.getParentSpanId()).as("the parent of the HTTP client's span").isEqualTo(client.getSpanId());
        SpanData http = httpSpanOfTrace(SpanKind.SERVER, client);
        assertThat(http.getParentSpanId()).isEqualTo(post.getSpanId());
        SpanData server = span("subtract", SpanKind.SERVER);
        assertThat(server.getParentSpanId()).isEqualTo(http.getSpanId());
        assertThat(List.of(post.getTraceId(), http.getTraceId(), server.getTraceId())).containsOnly(client.getTraceId());

        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "subtract",
                "outcome", "SUCCESS", "error.code", "none").timer().count()).isEqualTo(1);
    }

    /** One parent for the server: the HTTP client's span, whose context Vert.x sends; the call's is not sent too. */
    @Test
    void aRequestCarriesOneTraceContext() {
        List<String> sent = calc.traceparents();

        SpanData post = httpSpanOfTrace(SpanKind.CLIENT, span("traceparents", SpanKind.CLIENT));
        assertThat(sent).singleElement().asString().contains(post.getSpanId());
    }

    @Test
    void aCallToAServiceNamesTheServiceAndTheRequestItsInstance() {
        CalculatorClient service = JsonRpcClientBuilder.newBuilder().url("stork://calc-service/jsonrpc")
                .build(CalculatorClient.class);
        try {
            assertThat(service.subtract(42, 23)).isEqualTo(19);
        } finally {
            ((JsonRpcClientControl) service).close();
        }

        // the call's span: the service, whose instance is chosen for the request, at a port of its own
        SpanData client = span("subtract", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("calc-service");
        assertThat(client.getAttributes().get(AttributeKey.longKey("server.port"))).isNull();
        // the HTTP client's span, under it across Stork's choice: the instance
        SpanData post = httpSpanOfTrace(SpanKind.CLIENT, client);
        assertThat(post.getParentSpanId()).isEqualTo(client.getSpanId());
        assertThat(post.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo((long) PORT);
    }

    @Test
    void anErrorIsRecordedOnTheSpanAndTheTimer() {
        assertThatThrownBy(calc::refuse).isInstanceOf(JsonRpcClientException.class);

        SpanData client = span("refuse", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(-32010L);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.error_message")))
                .isEqualTo("Refused");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("-32010");
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "refuse",
                "outcome", "SERVER_ERROR", "error.code", "-32010").timer().count()).isEqualTo(1);
    }

    /** An error the interface's mapper turns into the application's exception is timed and traced as the server's. */
    @Test
    void aMappedErrorIsRecordedAsTheServersError() {
        assertThatThrownBy(calc::overdraw).isExactlyInstanceOf(CalculatorClient.Overdrawn.class)
                .hasMessage("Overdrawn");

        SpanData client = span("overdraw", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(4001L);
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "overdraw",
                "outcome", "CLIENT_ERROR", "error.code", "4001").timer()).isNotNull();
    }

    /**
     * No answer: what the server did is not known, as Quarkus's HTTP client timers say of a request without response;
     * the span's {@code error.type} is the failure's class.
     */
    @Test
    void aCallWithoutAnswerIsTimedAsUnknown() {
        Calculator.release = new CountDownLatch(1);
        try {
            assertThatThrownBy(calc::held).isInstanceOf(JsonRpcTimeoutException.class);
        } finally {
            Calculator.release.countDown();
        }
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "held",
                "outcome", "UNKNOWN", "error.code", "none").timer().count()).isEqualTo(1);
        // no code to tell: the conventions' error.type is the failure's class
        SpanData client = span("held", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo(JsonRpcTimeoutException.class.getName());
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    /** An answer the client cannot read gives the caller no result either: timed as no answer is. */
    @Test
    void aResultTheClientCannotReadIsTimedAsUnknown() {
        assertThatThrownBy(() -> calc.subtractAsWords(42, 23)).isInstanceOf(JsonRpcTransportException.class)
                .hasMessageStartingWith("The result of " + CalculatorClient.class.getName()
                        + "#subtractAsWords(int, int) cannot be read as java.util.List<java.lang.String>: ");

        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "subtract",
                "outcome", "UNKNOWN", "error.code", "none").timer().count()).isEqualTo(1);
    }

    /**
     * A notification, or a batch, whose params the client cannot write fails before it is sent: its span ends, with
     * the failure, and it is timed, as a call's that cannot be written.
     */
    @Test
    void aNotificationOrBatchThatCannotBeWrittenEndsItsSpanAndIsTimed() {
        assertThatThrownBy(() -> calc.note(new Object())).isNotNull();
        JsonRpcBatch<CalculatorClient> batch = JsonRpcBatch.of(calc);
        batch.addVoid(c -> c.note(new Object()));
        assertThatThrownBy(batch::sendAndAwait).isNotNull();

        assertThat(span("note", SpanKind.CLIENT).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span("rpc.batch", SpanKind.CLIENT).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        // the notification on its own, and the one in the batch
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "note", "outcome", "UNKNOWN")
                .timer().count()).isEqualTo(2);
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "rpc.batch").timer()
                .count()).isEqualTo(1);
    }

    /**
     * Each call of a batch is a span and is timed, as a call made on its own is, its span under the batch's: the error
     * one of them is answered with is its own, not the batch's.
     */
    @Test
    void eachCallOfABatchIsASpanUnderTheBatchAndIsTimed() {
        JsonRpcBatch<CalculatorClient> batch = JsonRpcBatch.of(calc);
        JsonRpcBatch.Entry<Integer> overdraw = batch.add(CalculatorClient::overdraw);
        batch.addVoid(c -> c.note("a note"));
        batch.sendAndAwait();
        // the entry's error is the server's; what get() throws, the interface's mapper's
        assertThat(overdraw.error().code()).isEqualTo(4001);
        assertThatThrownBy(overdraw::get).isExactlyInstanceOf(CalculatorClient.Overdrawn.class);

        SpanData sent = span("rpc.batch", SpanKind.CLIENT);
        SpanData overdrawn = span("overdraw", SpanKind.CLIENT);
        assertThat(overdrawn.getParentSpanId()).isEqualTo(sent.getSpanId());
        assertThat(overdrawn.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(4001L);
        assertThat(overdrawn.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.request_id"))).isNotNull();
        assertThat(overdrawn.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        SpanData noted = span("note", SpanKind.CLIENT);
        assertThat(noted.getParentSpanId()).isEqualTo(sent.getSpanId());
        assertThat(noted.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.request_id"))).isNull();
        assertThat(noted.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "overdraw",
                "outcome", "CLIENT_ERROR", "error.code", "4001").timer().count()).isEqualTo(1);
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "note",
                "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    }

    /** A client's own switches turn off its timer and its span; the server's spans of its calls stay. */
    @Test
    void aClientWithItsTelemetryOffIsNeitherTimedNorTraced() {
        neitherTimedNorTraced(quiet);
    }

    @Test
    void aBuiltClientWithItsTelemetryOffIsNeitherTimedNorTraced() {
        QuietClient built = JsonRpcClientBuilder.newBuilder().url("http://localhost:" + PORT + "/jsonrpc")
                .metrics(false).traces(false).build(QuietClient.class);
        try {
            neitherTimedNorTraced(built);
        } finally {
            ((JsonRpcClientControl) built).close();
        }
    }

    private void neitherTimedNorTraced(QuietClient client) {
        Span caller = openTelemetry.getTracer("test").spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            assertThat(client.subtract(42, 23)).isEqualTo(19);
        } finally {
            caller.end();
        }
        // the HTTP client's span of the call's request is in the caller's trace, under it
        SpanData post = await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && s.getName().startsWith("POST")
                        && s.getTraceId().equals(caller.getSpanContext().getTraceId()))
                .findFirst().orElse(null), s -> s != null);
        assertThat(post.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
        // sent once the client's call has returned, when its span would have ended: the span processor exports the
        // spans in the order they ended, and the server's span of this call ends after
        String after = "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": \"after\"}";
        HttpRpc.call("/jsonrpc", after);
        List<SpanData> spans = await().atMost(Duration.ofSeconds(30)).until(exporter::getFinishedSpanItems,
                finished -> finished.stream()
                        .anyMatch(
                                s -> "after".equals(s.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.request_id")))));

        assertThat(spans).filteredOn(s -> s.getKind() == SpanKind.SERVER && s.getName().equals("subtract"))
                .as("the server's spans of the client's call and of the test's").hasSize(2);
        assertThat(spans).filteredOn(s -> s.getKind() == SpanKind.CLIENT)
                .extracting(s -> s.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.client")))
                .doesNotContain("quiet");
        assertThat(registry.find("jsonrpc.client.requests").tag("client", "quiet").timers()).isEmpty();
    }

    /**
     * A call to a {@code @JsonRpcEndpoint} names the endpoint's path as the conventions' service, its path parameter
     * unfilled, in {@code rpc.service} and in the span's name, as the server's span of the call does; the configured
     * path's calls have none, on both sides.
     */
    @Test
    void aCallToAnEndpointNamesItsPathAsTheService() {
        assertThat(ledger.subtract(42, 23)).isEqualTo(19);

        SpanData client = span("/ledger/{book}/subtract", SpanKind.CLIENT);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.service"))).isEqualTo("/ledger/{book}");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("subtract");
        SpanData server = span("/ledger/{book}/subtract", SpanKind.SERVER);
        assertThat(server.getTraceId()).isEqualTo(client.getTraceId());
        assertThat(server.getAttributes().get(AttributeKey.stringKey("rpc.service"))).isEqualTo("/ledger/{book}");

        calc.traceparents();
        assertThat(span("traceparents", SpanKind.CLIENT).getAttributes().get(AttributeKey.stringKey("rpc.service")))
                .isNull();
    }

    /**
     * Where the call went on the network, as the transport's connection knows it: the address and port of the
     * connection's other end, {@code network.peer.*}, over HTTP as over a WebSocket, besides the server the URL names;
     * a batch's calls too.
     */
    @Test
    void aCallNamesThePeerItsConnectionWentTo() {
        calc.traceparents();
        assertPeer(span("traceparents", SpanKind.CLIENT));
        JsonRpcBatch<CalculatorClient> batch = JsonRpcBatch.of(calc);
        // a method no other test counts the calls of
        JsonRpcBatch.Entry<List<String>> inBatch = batch.add(CalculatorClient::traceparents);
        batch.sendAndAwait();
        assertThat(inBatch.get()).isNotNull();
        SpanData sent = span("rpc.batch", SpanKind.CLIENT);
        assertPeer(sent);
        assertPeer(await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("traceparents") && s.getParentSpanId().equals(sent.getSpanId()))
                .findFirst().orElse(null), s -> s != null));

        exporter.reset();
        CalculatorClient ws = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + PORT + "/jsonrpc")
                .build(CalculatorClient.class);
        try {
            assertThat(ws.traceparents()).isEmpty();
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
        SpanData overWebSocket = span("traceparents", SpanKind.CLIENT);
        assertThat(overWebSocket.getAttributes().get(AttributeKey.stringKey("network.protocol.name")))
                .isEqualTo("websocket");
        assertPeer(overWebSocket);
    }

    private static void assertPeer(SpanData call) {
        assertThat(call.getAttributes().get(AttributeKey.stringKey("network.peer.address")))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(call.getAttributes().get(AttributeKey.longKey("network.peer.port"))).isEqualTo((long) PORT);
    }

    /**
     * A call its caller gave up is not an error of the call: its span ends without the error status, with an event
     * {@code cancelled}, as the server's span of a call its connection cancelled, and its timer says
     * {@code CANCELLED}.
     */
    @Test
    void aCancelledCallIsNoErrorOnItsSpanAsOnItsTimer() {
        Cancellable call = calc.pending().subscribe().with(item -> {
        }, failure -> {
        });
        call.cancel();

        SpanData client = span("pending", SpanKind.CLIENT);
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(client.getEvents()).extracting(EventData::getName).containsExactly("cancelled");
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "calc", "method", "pending",
                "outcome", "CANCELLED", "error.code", "none").timer().count()).isEqualTo(1);
    }

    /**
     * A server can send any error code: each would be a time series of its own. The spec's and this project's codes
     * are kept, and the first 20 others a client is answered with; any later one is {@code error.code="other"}, with
     * the outcome of its code. The span keeps the code.
     */
    @Test
    void theErrorCodesOfAClientsTimersAreBounded() {
        for (int i = 1; i <= 25; i++) {
            int code = 1000 + i;
            assertThatThrownBy(() -> codes.refuseWith(code)).isInstanceOf(JsonRpcClientException.class)
                    .hasMessage("Refused with " + code);
        }
        assertThatThrownBy(codes::missing).isInstanceOf(JsonRpcClientException.class).hasMessage("Method not found");

        Collection<Timer> refused = registry.find("jsonrpc.client.requests").tags("client", "codes", "method",
                "refuseWith").timers();
        assertThat(refused).extracting(timer -> timer.getId().getTag("error.code")).containsExactlyInAnyOrderElementsOf(
                Stream.concat(IntStream.rangeClosed(1001, 1020).mapToObj(Integer::toString), Stream.of("other"))
                        .toList());
        Timer other = registry.find("jsonrpc.client.requests").tags("client", "codes", "error.code", "other").timer();
        assertThat(other.count()).isEqualTo(5);
        assertThat(other.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
        // a code of the specification's, past the limit
        assertThat(registry.find("jsonrpc.client.requests").tags("client", "codes", "method", "missing",
                "error.code", "-32601").timer().count()).isEqualTo(1);
        SpanData last = await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> "Refused with 1025".equals(s.getAttributes()
                        .get(AttributeKey.stringKey("rpc.jsonrpc.error_message"))))
                .findFirst().orElse(null), s -> s != null);
        assertThat(last.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(1025L);
    }

    /**
     * The {@code POST} span of the kind in the call's trace: not any {@code POST} span, as a call of a test before may
     * still end after it (the held call does).
     */
    private SpanData httpSpanOfTrace(SpanKind kind, SpanData call) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == kind && s.getName().startsWith("POST")
                        && s.getTraceId().equals(call.getTraceId()))
                .findFirst().orElse(null), s -> s != null);
    }

    private SpanData span(String name, SpanKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(name) && s.getKind() == kind).findFirst().orElse(null), s -> s != null);
    }
}
