package io.quarkiverse.jsonrpc.server.test.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/** An application bean implementing the {@link CallListener} SPI is told of every call, whatever its outcome. */
public class CallListenerBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, Probes.class, Recorder.class, Faulty.class));

    public static class Calculator {
        @JsonRpc
        public int subtract(int minuend, int subtrahend) {
            return minuend - subtrahend;
        }
    }

    /** Methods whose calls the faulty listener fails to enter, or to leave. */
    public static class Probes {
        @JsonRpc
        public String enterFails() {
            return "ran";
        }

        @JsonRpc
        public String leaveFails() {
            return "ran";
        }
    }

    @Singleton
    public static class Recorder implements CallListener {

        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public Call onStart(Request request) {
            String method = request.method();
            events.add("start " + method + " " + request.transport() + " " + request.version() + " " + request.id());
            return (errorCode, errorMessage, durationNanos) -> events.add("end " + method + " " + errorCode + " "
                    + errorMessage + (durationNanos >= 0 ? "" : " negative duration"));
        }
    }

    /**
     * A listener with a bug: it fails at the start of calls of {@code start.fails}, at the end of {@code end.fails},
     * entering a call of {@code enterFails}, and leaving a call of {@code leaveFails}.
     */
    @Singleton
    public static class Faulty implements CallListener {

        @Override
        public Call onStart(Request request) {
            if (request.method().equals("start.fails")) {
                throw new IllegalStateException("a bug in a listener's onStart");
            }
            return new Call() {
                @Override
                public AutoCloseable enter() {
                    if (request.method().equals("enterFails")) {
                        throw new IllegalStateException("a bug in a listener's enter");
                    }
                    return () -> {
                        if (request.method().equals("leaveFails")) {
                            throw new IllegalStateException("a bug in closing what a listener's enter returned");
                        }
                    };
                }

                @Override
                public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                    if (request.method().equals("end.fails")) {
                        throw new IllegalStateException("a bug in a listener's onEnd");
                    }
                }
            };
        }
    }

    @Inject
    Recorder recorder;

    @Test
    void everyCallIsToldToTheListener() {
        recorder.events.clear();
        HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}");
        HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"divide\",\"params\":[1,0],\"id\":\"two\"}");
        HttpRpc.call("{\"method\":\"subtract\",\"params\":[1],\"id\":3}");

        assertThat(recorder.events).containsExactly(
                "start subtract HTTP 2.0 1",
                "end subtract 0 null",
                "start divide HTTP 2.0 two",
                "end divide -32601 Method not found",
                "start subtract HTTP 1.0 3",
                "end subtract -32602 Invalid params: missing required parameter 'subtrahend'");
    }

    /** A listener's bug costs neither the call its answer nor the other listeners what they are told. */
    @Test
    void aListenerThatFailsSpoilsNeitherTheAnswerNorTheOtherListeners() {
        recorder.events.clear();
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"start.fails\",\"id\":1}")).contains("-32601");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"end.fails\",\"id\":2}")).contains("-32601");

        assertThat(recorder.events).containsExactly(
                "start start.fails HTTP 2.0 1",
                "end start.fails -32601 Method not found",
                "start end.fails HTTP 2.0 2",
                "end end.fails -32601 Method not found");
    }

    /** A listener that fails to make its call current on the method's thread, or to leave it, costs the method nothing. */
    @Test
    void aListenerThatFailsToEnterOrLeaveACallSpoilsNeitherTheMethodNorTheOtherListeners() {
        recorder.events.clear();
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"enterFails\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ran\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"leaveFails\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ran\",\"id\":2}");

        assertThat(recorder.events).containsExactly(
                "start enterFails HTTP 2.0 1",
                "end enterFails 0 null",
                "start leaveFails HTTP 2.0 2",
                "end leaveFails 0 null");
    }
}
