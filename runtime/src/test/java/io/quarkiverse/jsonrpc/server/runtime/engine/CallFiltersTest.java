package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.smallrye.mutiny.Uni;

/**
 * What filters see and decide, without Quarkus: the order they run in, a refusal before the call, the outcome after
 * it, and the methods they apply to.
 */
class CallFiltersTest {

    final List<String> events = new CopyOnWriteArrayList<>();

    /** Records what it sees; refuses the calls whose first param is its name. */
    class Recording implements JsonRpcFilter {

        final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            events.add(name + " before " + call.method() + params + " over " + call.transport());
            if (params != null && params.path(0).asText().equals(name)) {
                throw new JsonRpcException(-32029, "Refused by " + name, Map.of("filter", name));
            }
        }

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            events.add(name + " after " + call.method() + " " + (error == null ? "result " + result
                    : "error " + error.getCode() + " " + error.getMessage()));
        }
    }

    JsonRpcEngine engine(List<JsonRpcFilter> filters) {
        return engine(filters, null);
    }

    JsonRpcEngine engine(List<JsonRpcFilter> filters, CallListener listener) {
        return engine(filters, listener, new EngineOptions(10, false, Map.of()));
    }

    JsonRpcEngine engine(List<JsonRpcFilter> filters, CallListener listener, EngineOptions options) {
        List<CallFilters.Filter> ordered = new ArrayList<>();
        for (JsonRpcFilter filter : filters) {
            ordered.add(new CallFilters.Filter(filter.getClass().getSimpleName(), filter));
        }
        return new JsonRpcEngine(new MethodTable(List.of(
                method("echo", ordered, args -> {
                    events.add("echo runs");
                    return args[0];
                }),
                method("fail", ordered, args -> {
                    events.add("fail runs");
                    throw new IllegalStateException("boom");
                }),
                new RpcMethod("pending", List.of(value("value", String.class)), Set.of(JsonRpcTransport.values()),
                        (args, ctx) -> Uni.createFrom().nothing(), null, CallFilters.forMethod(ordered, "pending")))),
                MAPPER, options, listener);
    }

    static RpcMethod method(String name, List<CallFilters.Filter> filters, Function<Object[], Object> body) {
        return new RpcMethod(name, List.of(value("value", String.class)), Set.of(JsonRpcTransport.values()),
                (args, ctx) -> Uni.createFrom().item(() -> body.apply(args)), null,
                CallFilters.forMethod(filters, name));
    }

    String call(JsonRpcEngine engine, String request) {
        byte[] response = handle(engine, request, JsonRpcTransport.WEBSOCKET);
        return response == null ? null : new String(response, StandardCharsets.UTF_8);
    }

    @Test
    void filtersRunInOrderBeforeAndInReverseOrderAfter() {
        JsonRpcEngine engine = engine(List.of(new Recording("first"), new Recording("second")));

        assertThat(call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
        assertThat(events).containsExactly(
                "first before echo[\"hi\"] over WEBSOCKET",
                "second before echo[\"hi\"] over WEBSOCKET",
                "echo runs",
                "second after echo result hi",
                "first after echo result hi");
    }

    @Test
    void aRefusalAnswersItsErrorAndTheMethodDoesNotRun() {
        JsonRpcEngine engine = engine(List.of(new Recording("first"), new Recording("second"),
                new Recording("third")));

        assertThat(call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"second\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32029,\"message\":\"Refused by second\","
                        + "\"data\":{\"filter\":\"second\"}},\"id\":1}");
        // the third never saw the call; the refusing one and those before it are told
        assertThat(events).containsExactly(
                "first before echo[\"second\"] over WEBSOCKET",
                "second before echo[\"second\"] over WEBSOCKET",
                "second after echo error -32029 Refused by second",
                "first after echo error -32029 Refused by second");
    }

    @Test
    void afterSeesTheErrorTheClientGets() {
        JsonRpcEngine engine = engine(List.of(new Recording("only")));

        call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"params\":[\"x\"],\"id\":1}");
        call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[1, 2],\"id\":2}");
        call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"note\"]}");

        assertThat(events).containsExactly(
                "only before fail[\"x\"] over WEBSOCKET",
                "fail runs",
                "only after fail error -32603 Internal error",
                // invalid params: the method does not run, the filter is told
                "only before echo[1,2] over WEBSOCKET",
                "only after echo error -32602 Invalid params: method 'echo' takes 1 param, 2 given",
                // a notification too
                "only before echo[\"note\"] over WEBSOCKET",
                "echo runs",
                "only after echo result note");
    }

    @Test
    void aFilterThatFailsIsABugAnsweredAsAnInternalErrorAndOneThatFailsAfterChangesNothing() {
        JsonRpcFilter broken = new JsonRpcFilter() {
            @Override
            public void before(JsonRpcContext call, JsonNode params) {
                if (call.method().equals("fail")) {
                    throw new IllegalArgumentException("filter bug");
                }
            }

            @Override
            public void after(JsonRpcContext call, Object result, JsonRpcException error) {
                throw new IllegalArgumentException("filter bug after");
            }
        };
        JsonRpcEngine engine = engine(List.of(new Recording("first"), broken));

        assertThat(call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"params\":[\"x\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"},\"id\":1}");
        assertThat(call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"y\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"y\",\"id\":2}");
        assertThat(events).containsExactly(
                "first before fail[\"x\"] over WEBSOCKET",
                "first after fail error -32603 Internal error",
                "first before echo[\"y\"] over WEBSOCKET",
                "echo runs",
                "first after echo result y");
    }

    /** A filter's bug is an unexpected failure of the call, as a method's: the call's listeners get its exception. */
    @Test
    void aFilterThatFailsIsToldToTheListenersWithItsException() {
        JsonRpcFilter broken = new JsonRpcFilter() {
            @Override
            public void before(JsonRpcContext call, JsonNode params) {
                throw new IllegalArgumentException("filter bug");
            }
        };
        CallListener listener = request -> new CallListener.Call() {
            @Override
            public void onException(Throwable exception) {
                events.add(exception.getClass().getSimpleName() + " caused by " + exception.getCause());
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end " + errorCode);
            }
        };

        call(engine(List.of(broken), listener), "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"x\"],\"id\":1}");

        assertThat(events).containsExactly(
                "FilterFailedException caused by java.lang.IllegalArgumentException: filter bug",
                "end -32603");
    }

    /**
     * The response size limit applies to a batch's answer as a whole, once every call of it is answered: a result it
     * replaces is told to the filters as the error the client gets, the results it keeps as results.
     */
    @Test
    void aBatchResultTheSizeLimitReplacesIsToldAsThatError() {
        // each response is 56 bytes: the second takes the batch past 60
        JsonRpcEngine limited = engine(List.of(new Recording("only")), null,
                new EngineOptions(10, false, Map.of(), null, null, 60));
        String text = "x".repeat(20);
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"" + text + "\"],\"id\":";

        assertThat(call(limited, "[" + request + "1}," + request + "2}]")).isEqualTo("[{\"jsonrpc\":\"2.0\","
                + "\"result\":\"" + text + "\",\"id\":1},{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,"
                + "\"message\":\"Result too large\",\"data\":\"The response would exceed 60 bytes, the limit of"
                + " quarkus.jsonrpc-server.limits.max-response-size\"},\"id\":2}]");
        assertThat(events).filteredOn(event -> event.startsWith("only after")).containsExactly(
                "only after echo result " + text,
                "only after echo error -32603 Result too large");
    }

    /** A batch cancelled before its answer (its connection closed): the client gets no result, nor do the filters. */
    @Test
    void aBatchCancelledBeforeItsAnswerTellsNoResult() {
        JsonRpcEngine engine = engine(List.of(new Recording("only")));

        engine.handle(("[{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"now\"],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"pending\",\"params\":[\"later\"],\"id\":2}]")
                .getBytes(StandardCharsets.UTF_8), EngineTests.session(JsonRpcTransport.WEBSOCKET))
                .subscribe().with(reply -> {
                }).cancel();

        assertThat(events).containsExactlyInAnyOrder(
                "only before echo[\"now\"] over WEBSOCKET",
                "echo runs",
                "only before pending[\"later\"] over WEBSOCKET");
    }

    /**
     * Nor the errors of its calls: the one whose method failed and the one a filter refused are not answered either,
     * and their filters are told as little as those of a result.
     */
    @Test
    void aBatchCancelledBeforeItsAnswerTellsNoError() {
        JsonRpcEngine engine = engine(List.of(new Recording("only")));

        engine.handle(("[{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"params\":[\"now\"],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"only\"],\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"pending\",\"params\":[\"later\"],\"id\":3}]")
                .getBytes(StandardCharsets.UTF_8), EngineTests.session(JsonRpcTransport.WEBSOCKET))
                .subscribe().with(reply -> {
                }).cancel();

        assertThat(events).containsExactlyInAnyOrder(
                "only before fail[\"now\"] over WEBSOCKET",
                "fail runs",
                "only before echo[\"only\"] over WEBSOCKET",
                "only before pending[\"later\"] over WEBSOCKET");
    }

    /** The errors of an answered batch are told as its results are, once it is answered. */
    @Test
    void theErrorsOfABatchAreToldWithItsAnswer() {
        JsonRpcEngine engine = engine(List.of(new Recording("only")));

        call(engine, "[{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"params\":[\"now\"],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"only\"],\"id\":2}]");

        assertThat(events).filteredOn(event -> event.startsWith("only after")).containsExactlyInAnyOrder(
                "only after fail error -32603 Internal error",
                "only after echo error -32029 Refused by only");
    }

    @Test
    void aFilterRunsAroundTheMethodsItAppliesToOnly() {
        JsonRpcFilter echoOnly = new Recording("echoOnly") {
            @Override
            public boolean appliesTo(String method) {
                return method.equals("echo");
            }
        };
        List<CallFilters.Filter> filters = List.of(new CallFilters.Filter("echoOnly", echoOnly));

        assertThat(CallFilters.forMethod(filters, "echo")).isNotNull();
        // a method without filters: the engine skips filtering altogether
        assertThat(CallFilters.forMethod(filters, "fail")).isNull();
        assertThat(CallFilters.forMethod(List.of(), "echo")).isNull();

        JsonRpcEngine engine = engine(List.of(echoOnly));
        call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"params\":[\"x\"],\"id\":1}");
        assertThat(events).containsExactly("fail runs");

        events.clear();
        call(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"x\"],\"id\":2}");
        assertThat(events).containsExactly("echoOnly before echo[\"x\"] over WEBSOCKET", "echo runs",
                "echoOnly after echo result x");
    }
}
