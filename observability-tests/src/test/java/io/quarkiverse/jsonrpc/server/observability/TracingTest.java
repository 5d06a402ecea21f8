package io.quarkiverse.jsonrpc.server.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With quarkus-opentelemetry, every call is a server span with the JSON-RPC attributes of the conventions. */
class TracingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    root -> root.addClasses(Calculator.class, Ledger.class, TracedMethods.class, InMemoryTelemetry.class))
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "50ms")
            .overrideConfigKey("quarkus.micrometer.enabled", "false")
            // only the test that sends the proxy's headers sees what they change
            .overrideRuntimeConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideRuntimeConfigKey("quarkus.http.proxy.allow-x-forwarded", "true")
            .overrideRuntimeConfigKey("quarkus.http.proxy.enable-forwarded-host", "true")
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.max-calls-in-flight", "" + TracingTest.MAX_CALLS_IN_FLIGHT);

    static final int MAX_CALLS_IN_FLIGHT = 4;

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Inject
    InMemorySpanExporter exporter;

    @BeforeEach
    void reset() {
        exporter.reset();
    }

    @Test
    void anHttpCallIsAServerSpanUnderTheHttpSpan() {
        HttpRpc.call("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}");

        SpanData call = span("subtract");
        assertThat(call.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.system"))).isEqualTo("jsonrpc");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("subtract");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.version"))).isEqualTo("2.0");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.request_id"))).isEqualTo("7");
        assertThat(call.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isNull();
        assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        SpanData http = await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().startsWith("POST")).findFirst().orElse(null), s -> s != null);
        assertThat(call.getParentSpanId()).isEqualTo(http.getSpanId());
        assertThat(call.getTraceId()).isEqualTo(http.getTraceId());
        assertWhereFrom(call, "http");
    }

    /**
     * A call to an endpoint names its path, with its path parameter unfilled, as the conventions' service: in
     * {@code rpc.service} and in the span's name, {@code {rpc.service}/{rpc.method}}. The configured path's calls have
     * none.
     */
    @Test
    void aCallToAnEndpointNamesItsPathAsTheService() {
        HttpRpc.call("/ledger/2026",
                "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}");

        SpanData call = span("/ledger/{book}/subtract");
        assertThat(call.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.service"))).isEqualTo("/ledger/{book}");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("subtract");

        HttpRpc.call("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 8}");
        assertThat(span("subtract").getAttributes().get(AttributeKey.stringKey("rpc.service"))).isNull();
    }

    /** The RPC server span's network attributes, over WebSocket those of the connection, the same for every call. */
    @Test
    void aWebSocketCallTellsWhereItCameFrom() {
        List<SpanData> calls = spansOfTwoCalls(JsonRpcTestClient.ws(endpoint));
        assertThat(calls).allSatisfy(call -> assertWhereFrom(call, "websocket"));
        assertThat(calls.get(0).getAttributes().get(AttributeKey.longKey("client.port")))
                .isEqualTo(calls.get(1).getAttributes().get(AttributeKey.longKey("client.port")));
    }

    private void assertWhereFrom(SpanData call, String protocol) {
        assertThat(call.getAttributes().get(AttributeKey.stringKey("network.protocol.name"))).isEqualTo(protocol);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("network.transport"))).isEqualTo("tcp");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo(endpoint.getHost());
        assertThat(call.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo((long) endpoint.getPort());
        assertThat(call.getAttributes().get(AttributeKey.stringKey("client.address"))).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(call.getAttributes().get(AttributeKey.longKey("client.port"))).isPositive()
                .isNotEqualTo((long) endpoint.getPort());
        // no proxy: the connection's other end is the client
        assertThat(call.getAttributes().get(AttributeKey.stringKey("network.peer.address")))
                .isEqualTo(call.getAttributes().get(AttributeKey.stringKey("client.address")));
        assertThat(call.getAttributes().get(AttributeKey.longKey("network.peer.port")))
                .isEqualTo(call.getAttributes().get(AttributeKey.longKey("client.port")));
    }

    /** Behind a proxy, the peer is the proxy's connection: here the test's, which forwards a client of its own. */
    private static void assertPeerIsTheProxy(SpanData call) {
        assertThat(call.getAttributes().get(AttributeKey.stringKey("network.peer.address")))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(call.getAttributes().get(AttributeKey.longKey("network.peer.port"))).isPositive()
                .isNotEqualTo(4711L);
    }

    /**
     * Behind a proxy, the client and server the proxy forwards, as on Quarkus's span of the request. A forwarded client
     * without a port has none on the span: the port of the proxy's connection is not the client's.
     */
    @ParameterizedTest
    @CsvSource({ "203.0.113.9, ", "'203.0.113.9:4711', 4711" })
    void anHttpCallThroughAProxyTellsTheForwardedClientAndServer(String forwardedFor, Long clientPort) {
        String request = "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}";
        HttpRpc.call("/jsonrpc", request, "X-Forwarded-For", forwardedFor, "X-Forwarded-Host", "api.example.com",
                "X-Forwarded-Proto", "https");

        SpanData call = span("subtract");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("api.example.com");
        assertThat(call.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo(443L);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("client.address"))).isEqualTo("203.0.113.9");
        assertThat(call.getAttributes().get(AttributeKey.longKey("client.port"))).isEqualTo(clientPort);
        assertPeerIsTheProxy(call);
    }

    /** The same over WebSocket, from the upgrade request, whose port a forwarded client without one lacks too. */
    @ParameterizedTest
    @CsvSource({ "203.0.113.9, ", "'203.0.113.9:4711', 4711" })
    void aWebSocketCallThroughAProxyTellsTheForwardedClient(String forwardedFor, Long clientPort) {
        try (JsonRpcTestClient client = JsonRpcTestClient.builder().header("X-Forwarded-For", forwardedFor)
                .ws(endpoint)) {
            assertThat(client.call(Integer.class, "subtract", 42, 23)).isEqualTo(19);
        }

        SpanData call = span("subtract");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("client.address"))).isEqualTo("203.0.113.9");
        assertThat(call.getAttributes().get(AttributeKey.longKey("client.port"))).isEqualTo(clientPort);
        assertPeerIsTheProxy(call);
    }

    /** A client's trace goes on through the call: the HTTP span takes the traceparent header's span as its parent. */
    @Test
    void anHttpCallContinuesTheClientsTrace() {
        HttpRpc.call("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}",
                "traceparent", TRACEPARENT);

        SpanData call = span("subtract");
        assertThat(call.getTraceId()).isEqualTo(CLIENT_TRACE_ID);
        SpanData http = await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getSpanId().equals(call.getParentSpanId())).findFirst().orElse(null), s -> s != null);
        assertThat(http.getName()).startsWith("POST");
        assertThat(http.getParentSpanId()).isEqualTo(CLIENT_SPAN_ID);
    }

    /** The baggage of the request's header, which Quarkus reads with the trace context, is current in the method. */
    @Test
    void anHttpCallCarriesTheBaggageOfTheRequest() {
        String baggage = "{\"jsonrpc\": \"2.0\", \"method\": \"baggage\", \"params\": [\"tenant\"], \"id\": 7}";
        assertThat(HttpRpc.call("/jsonrpc", baggage, "traceparent", TRACEPARENT, "baggage", "tenant=acme"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"acme\",\"id\":7}");
    }

    /** Each call of a batch, notifications included, is a span of its own, the calls siblings under the HTTP span. */
    @Test
    void eachCallOfABatchIsASpanUnderTheHttpSpan() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            client.batch().call("subtract", 5, 1).notify("subtract", 6, 1).call("refuse").send();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> exporter.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.SERVER)
                        .count() == 4);
        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData http = spans.stream().filter(s -> s.getName().startsWith("POST")).findFirst().orElseThrow();
        assertThat(spans).filteredOn(s -> s != http).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("subtract", "subtract", "refuse");
        assertThat(spans).filteredOn(s -> s != http).extracting(SpanData::getParentSpanId)
                .containsOnly(http.getSpanId());
    }

    /**
     * Over WebSocket, the upgrade's traceparent parents the upgrade's spans, not the calls: each call is the root of a
     * trace of its own, as the guide says.
     */
    @Test
    void aWebSocketCallStartsATraceOfItsOwn() {
        List<SpanData> calls = spansOfTwoCalls(
                JsonRpcTestClient.builder().header("traceparent", TRACEPARENT).ws(endpoint));
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.getParentSpanContext().isValid()).as("the call has a parent").isFalse();
            assertThat(call.getTraceId()).isNotEqualTo(CLIENT_TRACE_ID);
        });
        assertThat(calls.get(0).getTraceId()).isNotEqualTo(calls.get(1).getTraceId());
    }

    /** As the conventions' Recording Errors ask, a failed call's {@code error.type} is its error code, as text. */
    @Test
    void anErrorIsRecordedWithItsCodeAndMessage() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            client.callForError("refuse");
            client.callForError("no-such-method");
        }

        SpanData refused = span("refuse");
        assertThat(refused.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(-32010L);
        assertThat(refused.getAttributes().get(AttributeKey.stringKey("rpc.jsonrpc.error_message")))
                .isEqualTo("Refused");
        assertThat(refused.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("-32010");
        assertThat(refused.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        // a declared error is an answer: no exception event
        assertThat(refused.getEvents()).isEmpty();

        SpanData unknown = span("UNKNOWN");
        assertThat(unknown.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("no-such-method");
        assertThat(unknown.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(-32601L);
        assertThat(unknown.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("-32601");
    }

    /** An unexpected exception, answered -32603 and logged, is the conventions' exception event on the call's span. */
    @Test
    void anUnexpectedExceptionIsRecordedOnTheSpan() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            assertThat(client.callForError("broken").code()).isEqualTo(-32603);
        }

        SpanData broken = span("broken");
        assertThat(broken.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(broken.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("exception");
            assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
                    .isEqualTo("java.lang.IllegalStateException");
            assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
                    .isEqualTo("broken on purpose");
            assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")))
                    .contains("at io.quarkiverse.jsonrpc.server.observability.Calculator.broken(");
        });
    }

    /**
     * The conventions' request id: the id as a string, the empty string for an id of null (a 2.0 request answered
     * with a null id), and none for a notification (which in 1.0 is a request whose id is null).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [4, 2], \"id\": 7}       | 7",
            "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [4, 2], \"id\": \"seven\"} | seven",
            "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [4, 2], \"id\": null}    | ``",
            "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [4, 2]}                | ",
            "{\"method\": \"subtract\", \"params\": [4, 2], \"id\": null}                       | " })
    void theRequestIdIsTheIdAsTextEmptyForNullAndAbsentForANotification(String request, String requestId) {
        assertThat(Http.post("/jsonrpc", request).statusCode()).isIn(200, 204);

        Map<AttributeKey<?>, Object> attributes = span("subtract").getAttributes().asMap();
        if (requestId == null) {
            // a notification: 2.0 without an id, 1.0 with a null one
            assertThat(attributes).doesNotContainKey(AttributeKey.stringKey("rpc.jsonrpc.request_id"));
        } else {
            assertThat(attributes).containsEntry(AttributeKey.stringKey("rpc.jsonrpc.request_id"), requestId);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "onWorker", "onEventLoop", "onVirtualThread" })
    void theMethodsOwnSpansNestUnderTheCall(String method) {
        for (JsonRpcTestClient client : List.of(JsonRpcTestClient.ws(endpoint), JsonRpcTestClient.http(endpoint))) {
            try (client) {
                exporter.reset();
                assertThat(client.call(String.class, method)).isEqualTo("done");
                SpanData call = span(method);
                SpanData inner = span("inner");
                assertThat(inner.getParentSpanId()).as("the parent of the method's span").isEqualTo(call.getSpanId());
                assertThat(inner.getTraceId()).isEqualTo(call.getTraceId());
            }
        }
    }

    @Test
    void aCallCancelledByItsConnectionClosingEndsItsSpanWithoutError() throws Exception {
        assertCancelledByLeaving(() -> {
            try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
                client.notify("held");
                await().atMost(Duration.ofSeconds(30)).until(() -> Calculator.holding.get() == 1);
            }
        });
    }

    @Test
    void aCallCancelledByItsHttpClientGoingAwayEndsItsSpanWithoutError() throws Exception {
        assertCancelledByLeaving(() -> {
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                String body = "{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":1}";
                socket.getOutputStream().write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                await().atMost(Duration.ofSeconds(30)).until(() -> Calculator.holding.get() == 1);
            }
        });
    }

    /** Not only a method not found may name anything: a call refused as one too many is refused before its lookup. */
    @Test
    void aCallRefusedAsOneTooManyOfAnUnknownMethodIsNamedUnknown() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
            for (int i = 0; i < MAX_CALLS_IN_FLIGHT; i++) {
                connection.send("{\"jsonrpc\": \"2.0\", \"method\": \"pending\"}");
            }
            assertThat(connection.call("{\"jsonrpc\": \"2.0\", \"method\": \"no-such-method-5\", \"id\": 1}"))
                    .contains("\"code\":-32005");
        }
        SpanData unknown = span("UNKNOWN");
        assertThat(unknown.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("no-such-method-5");
        assertThat(unknown.getAttributes().get(AttributeKey.longKey("rpc.jsonrpc.error_code"))).isEqualTo(-32005L);
        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName).doesNotContain("no-such-method-5");
    }

    interface Leaving {
        /** Calls {@code held}, and goes away while it runs. */
        void callAndLeave() throws Exception;
    }

    /** The span of a call its client left ends then, though the worker thread still waits for the latch. */
    private void assertCancelledByLeaving(Leaving client) throws Exception {
        Calculator.release = new CountDownLatch(1);
        try {
            client.callAndLeave();
            SpanData held = span("held");
            assertThat(held.getEvents()).extracting(EventData::getName).containsExactly("cancelled");
            assertThat(held.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        } finally {
            Calculator.release.countDown();
        }
    }

    /**
     * A call still running when its connection closes is cancelled then; websockets-next's span of the closing must
     * not take the cancelled call's span as its parent (Quarkus's context propagation leaves it current where it runs).
     */
    @ParameterizedTest
    @ValueSource(strings = { "forever", "pending" })
    void aCallCancelledByTheClosingIsNotTheParentOfTheClosing(String method) {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            exporter.reset();
            if (method.equals("forever")) {
                client.subscribe(method);
            } else {
                client.notify(method);
            }
            // answered once the first call is under way: its stream is subscribed to
            assertThat(client.call(Integer.class, "subtract", 3, 1)).isEqualTo(2);
        }
        SpanData call = span(method);
        SpanData closing = span("CLOSE /jsonrpc");
        assertThat(closing.getParentSpanId()).isNotEqualTo(call.getSpanId());
        assertThat(closing.getTraceId()).isNotEqualTo(call.getTraceId());
    }

    /**
     * What the extension logs of a failed call (an unexpected exception at ERROR, a timeout at WARN) carries the call's
     * trace id, wherever the failure completed: on a worker, the event loop, a virtual thread, a timer.
     */
    @ParameterizedTest
    @ValueSource(strings = { "brokenOnWorker", "brokenOnEventLoop", "brokenOnVirtualThread", "late" })
    void whatAFailedCallLogsCarriesItsTraceId(String method) {
        Logger errors = Logger.getLogger("io.quarkiverse.jsonrpc.server.runtime.engine.ErrorMapper");
        TraceIds logged = new TraceIds();
        errors.addHandler(logged);
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            exporter.reset();
            assertThat(client.callForError(method).code()).isIn(-32603, -32004);
        } finally {
            errors.removeHandler(logged);
        }
        assertThat(logged.lines).filteredOn(line -> line.startsWith("Method " + method + " "))
                .containsExactly("Method " + method + " " + span(method).getTraceId());
    }

    /** Each line logged: the first two words of its message and the trace id of the log's context. */
    static final class TraceIds extends Handler {

        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            String[] words = record.getMessage().split(" ", 3);
            Object traceId = record instanceof ExtLogRecord ext ? ext.getMdc("traceId") : MDC.get("traceId");
            lines.add(words[0] + " " + words[1] + " " + traceId);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final String CLIENT_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";
    private static final String TRACEPARENT = "00-" + CLIENT_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01";

    /** Two calls of {@code subtract} on one connection, and their spans once both have ended. */
    private List<SpanData> spansOfTwoCalls(JsonRpcTestClient connection) {
        try (JsonRpcTestClient client = connection) {
            assertThat(client.call(Integer.class, "subtract", 3, 1)).isEqualTo(2);
            assertThat(client.call(Integer.class, "subtract", 4, 1)).isEqualTo(3);
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("subtract")).toList(), calls -> calls.size() == 2);
    }

    private SpanData span(String name) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name))
                        .findFirst().orElse(null), s -> s != null);
    }
}
