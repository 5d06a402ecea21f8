package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.session;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.smallrye.mutiny.Uni;

/** What a {@link CallListener} is told: one start and one end, or one cancellation, per call, whatever the outcome. */
class CallListenerTest {

    record Seen(String method, JsonRpcTransport transport, String version, Object id, int errorCode,
            String errorMessage, boolean notification) {

        Seen(String method, JsonRpcTransport transport, String version, Object id, int errorCode, String errorMessage) {
            this(method, transport, version, id, errorCode, errorMessage, false);
        }
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();

    final CallListener listener = request -> (code, message, nanos) -> {
        assertThat(nanos).isNotNegative();
        seen.add(new Seen(request.method(), request.transport(), request.version(), request.id(), code, message,
                request.isNotification()));
    };

    final JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(
            method("subtract", args -> (Integer) args[0] - (Integer) args[1], value("a", int.class),
                    value("b", int.class)),
            method("refuse", args -> {
                throw new JsonRpcException(-32010, "Refused", null);
            }))), MAPPER, new EngineOptions(10, true, Map.of()), listener);

    @Test
    void aResultEndsWithCodeZero() {
        handle(engine, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 7}",
                JsonRpcTransport.HTTP);
        assertThat(seen).containsExactly(new Seen("subtract", JsonRpcTransport.HTTP, "2.0", 7L, 0, null));
    }

    /**
     * A 2.0 request whose id is null is answered, so it is no notification, though its id is null too; in 1.0 a null
     * id is what makes a notification.
     */
    @Test
    void aNullIdIsToldApartFromANotification() {
        handle(engine, """
                [{"jsonrpc": "2.0", "method": "subtract", "params": [3, 1], "id": null},
                 {"jsonrpc": "2.0", "method": "subtract", "params": [4, 1]},
                 {"jsonrpc": "2.0", "method": "subtract", "params": [5, 1], "id": "five"},
                 {"jsonrpc": "2.0", "method": "subtract", "params": [6, 1], "id": 6}]""", JsonRpcTransport.HTTP);
        handle(engine, "{\"method\": \"subtract\", \"params\": [7, 1], \"id\": null}", JsonRpcTransport.HTTP);

        assertThat(seen).extracting(Seen::version, Seen::id, Seen::notification).containsExactlyInAnyOrder(
                tuple("2.0", null, false),
                tuple("2.0", null, true),
                tuple("2.0", "five", false),
                tuple("2.0", 6L, false),
                tuple("1.0", null, true));
    }

    @Test
    void everyOutcomeOfABatchIsSeenNotificationsAndVersionOneIncluded() {
        handle(engine, """
                [{"jsonrpc": "2.0", "method": "nope", "id": "a"},
                 {"jsonrpc": "2.0", "method": "subtract", "params": [1], "id": "b"},
                 {"jsonrpc": "2.0", "method": "refuse"},
                 {"jsonrpc": "2.0", "id": "not a call"}]""", JsonRpcTransport.WEBSOCKET);
        handle(engine, "{\"method\": \"subtract\", \"params\": [2, 1], \"id\": 3}", JsonRpcTransport.WEBSOCKET);

        assertThat(seen).extracting(Seen::method, Seen::version, Seen::id, Seen::errorCode).containsExactlyInAnyOrder(
                tuple("nope", "2.0", "a", JsonRpcErrorCodes.METHOD_NOT_FOUND),
                tuple("subtract", "2.0", "b", JsonRpcErrorCodes.INVALID_PARAMS),
                tuple("refuse", "2.0", null, -32010),
                tuple("subtract", "1.0", 3L, 0));
        assertThat(seen).filteredOn(s -> "refuse".equals(s.method())).extracting(Seen::errorMessage)
                .containsExactly("Refused");
    }

    @Test
    void aBatchMemberWhoseResultTheSizeLimitReplacesIsSeenWithThatError() {
        JsonRpcEngine limited = new JsonRpcEngine(new MethodTable(List.of(
                method("text", args -> "x".repeat((Integer) args[0]), value("length", int.class)))), MAPPER,
                new EngineOptions(10, true, Map.of(), null, null, 60), listener);

        // each response is 56 bytes: the second takes the batch past 60
        handle(limited, "[{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[20],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[20],\"id\":2}]", JsonRpcTransport.HTTP);

        assertThat(seen).extracting(Seen::id, Seen::errorCode, Seen::errorMessage).containsExactlyInAnyOrder(
                tuple(1L, 0, null),
                tuple(2L, JsonRpcErrorCodes.INTERNAL_ERROR, "Result too large"));
    }

    /**
     * A batch cancelled before its answer (its connection closed): the client gets the answer of none of its calls, and
     * each is cancelled, the one whose method returned too.
     */
    @Test
    void aBatchCancelledBeforeItsAnswerCancelsEveryCallOfIt() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener told = request -> new CallListener.Call() {
            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end " + request.method());
            }

            @Override
            public void onCancel(long durationNanos) {
                events.add("cancel " + request.method());
            }
        };
        JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(
                new RpcMethod("pending", List.of(), Set.of(JsonRpcTransport.WEBSOCKET),
                        (args, context) -> Uni.createFrom().nothing()),
                method("now", args -> "done"))), MAPPER, new EngineOptions(10, true, Map.of()), told);

        observed.handle(("[{\"jsonrpc\": \"2.0\", \"method\": \"now\", \"id\": 1},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"pending\", \"id\": 2}]").getBytes(StandardCharsets.UTF_8),
                session(JsonRpcTransport.WEBSOCKET)).subscribe().with(reply -> {
                }).cancel();

        assertThat(events).containsExactlyInAnyOrder("cancel now", "cancel pending");
        assertThat(observed.admission().callsInFlight()).isZero();
    }

    @Test
    void severalListenersAreAllToldAndEnteredInOrder() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener first = request -> new CallListener.Call() {
            @Override
            public AutoCloseable enter() {
                events.add("enter 1");
                return () -> events.add("exit 1");
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end 1");
            }
        };
        CallListener second = request -> (code, message, nanos) -> events.add("end 2");
        JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(new RpcMethod("scoped", List.of(),
                Set.of(JsonRpcTransport.HTTP), (args, context) -> {
                    try (AutoCloseable scope = ((CallContext) context).enterCall()) {
                        events.add("body");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return Uni.createFrom().item("ok");
                }))), MAPPER, new EngineOptions(10, true, Map.of()), CallListeners.of(List.of(first, second)));

        handle(observed, "{\"jsonrpc\": \"2.0\", \"method\": \"scoped\", \"id\": 1}", JsonRpcTransport.HTTP);

        assertThat(events).containsExactly("enter 1", "body", "exit 1", "end 1", "end 2");
    }

    /** The one listener of an application fails to enter the call, then another fails to leave it: the method runs. */
    @Test
    void aListenerThatFailsToEnterOrLeaveACallCostsTheMethodNothing() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener failsToEnter = request -> new CallListener.Call() {
            @Override
            public AutoCloseable enter() {
                throw new IllegalStateException("a bug in enter");
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end " + errorCode);
            }
        };
        CallListener failsToLeave = request -> new CallListener.Call() {
            @Override
            public AutoCloseable enter() {
                return () -> {
                    throw new IllegalStateException("a bug in leaving");
                };
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end " + errorCode);
            }
        };
        for (CallListener listener : List.of(failsToEnter, failsToLeave)) {
            JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(new RpcMethod("scoped", List.of(),
                    Set.of(JsonRpcTransport.HTTP), (args, context) -> {
                        // as the method's invoker enters and leaves the call around the method
                        try (AutoCloseable scope = ((CallContext) context).enterCall()) {
                            events.add("body");
                        } catch (Exception e) {
                            events.add("failed: " + e.getMessage());
                        }
                        return Uni.createFrom().item("ok");
                    }))), MAPPER, new EngineOptions(10, true, Map.of()), CallListeners.of(List.of(listener)));

            assertThat(new String(handle(observed, "{\"jsonrpc\": \"2.0\", \"method\": \"scoped\", \"id\": 1}",
                    JsonRpcTransport.HTTP), StandardCharsets.UTF_8))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ok\",\"id\":1}");
        }

        assertThat(events).containsExactly("body", "end 0", "body", "end 0");
    }

    /**
     * A listener that throws a checked exception, as a Kotlin one does undeclared (its file cannot be written), in
     * {@code onStart} or in {@code onEnd}: the call is answered as ever, and the other listeners are told.
     */
    @Test
    void aListenerThatThrowsACheckedExceptionCostsTheCallNothing() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener failsToStart = request -> {
            throw sneaky(new IOException("No space left on device"));
        };
        CallListener failsToEnd = request -> (code, message, nanos) -> {
            throw sneaky(new IOException("No space left on device"));
        };
        CallListener told = request -> (code, message, nanos) -> events.add(request.method() + " " + code);
        for (CallListener failing : List.of(failsToStart, failsToEnd)) {
            JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(
                    method("subtract", args -> (Integer) args[0] - (Integer) args[1], value("a", int.class),
                            value("b", int.class)))),
                    MAPPER, new EngineOptions(10, true, Map.of()), CallListeners.of(List.of(failing, told)));

            assertThat(new String(handle(observed,
                    "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}",
                    JsonRpcTransport.HTTP), StandardCharsets.UTF_8))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}");
        }

        assertThat(events).containsExactly("subtract 0", "subtract 0");
    }

    /** Throws a checked exception from where Java would not let it be thrown, as Kotlin code can. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable exception) throws E {
        throw (E) exception;
    }

    /**
     * An unexpected failure is told with its exception before the end; a declared error by its end alone. A listener
     * that fails to take the exception costs the call nothing.
     */
    @Test
    void anUnexpectedFailureIsToldWithItsExceptionBeforeTheEnd() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener keeps = request -> new CallListener.Call() {
            @Override
            public void onException(Throwable exception) {
                events.add(request.method() + " " + exception);
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add(request.method() + " end " + errorCode);
            }
        };
        CallListener fails = request -> new CallListener.Call() {
            @Override
            public void onException(Throwable exception) {
                throw new IllegalStateException("a bug in onException");
            }

            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
            }
        };
        JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(
                method("broken", args -> {
                    throw new IllegalStateException("broken on purpose");
                }),
                method("refuse", args -> {
                    throw new JsonRpcException(-32010, "Refused", null);
                }))), MAPPER, new EngineOptions(10, true, Map.of()), CallListeners.of(List.of(fails, keeps)));

        assertThat(new String(handle(observed, "{\"jsonrpc\": \"2.0\", \"method\": \"broken\", \"id\": 1}",
                JsonRpcTransport.HTTP), StandardCharsets.UTF_8)).contains("\"code\":-32603");
        handle(observed, "{\"jsonrpc\": \"2.0\", \"method\": \"refuse\", \"id\": 2}", JsonRpcTransport.HTTP);

        assertThat(events).containsExactly(
                "broken java.lang.IllegalStateException: broken on purpose",
                "broken end -32603",
                "refuse end -32010");
    }

    @Test
    void aCallCancelledBeforeItsAnswerIsToldSoOnceAndNeverEnds() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallListener.Call told = new CallListener.Call() {
            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                events.add("end");
            }

            @Override
            public void onCancel(long durationNanos) {
                assertThat(durationNanos).isNotNegative();
                events.add("cancel");
            }
        };
        CallListener listener = request -> told;
        JsonRpcEngine observed = new JsonRpcEngine(new MethodTable(List.of(new RpcMethod("pending", List.of(),
                Set.of(JsonRpcTransport.WEBSOCKET), (args, context) -> Uni.createFrom().nothing()))), MAPPER,
                new EngineOptions(10, true, Map.of()), CallListeners.of(List.of(listener, listener)));

        // what a transport does when the connection closes with the call in flight
        observed.handle("{\"jsonrpc\": \"2.0\", \"method\": \"pending\", \"id\": 1}"
                .getBytes(StandardCharsets.UTF_8), session(JsonRpcTransport.WEBSOCKET)).subscribe().with(reply -> {
                }).cancel();

        // two listeners, each told once
        assertThat(events).containsExactly("cancel", "cancel");
        assertThat(observed.admission().callsInFlight()).isZero();
    }

    @Test
    void noListenerMeansNone() {
        assertThat(CallListeners.of(List.of())).isNull();
    }
}
