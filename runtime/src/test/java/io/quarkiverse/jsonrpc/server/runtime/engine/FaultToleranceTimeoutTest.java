package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.call;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A method that Fault Tolerance's {@code @Timeout} gave up on is answered -32004, as one past the extension's own
 * timeout; the exception's message, which names the server's class and method, is a detail: it reaches the client
 * only where details do.
 */
class FaultToleranceTimeoutTest {

    private static JsonRpcEngine engine(boolean includeDetails) {
        return new JsonRpcEngine(new MethodTable(List.of(method("nextWeek", args -> {
            throw new TimeoutException("io.acme.Forecast#nextWeek timed out");
        }))), MAPPER, new EngineOptions(10, includeDetails, Map.of()));
    }

    @Test
    void withoutDetailsTheErrorHasNoData() {
        assertThat(call(engine(false), "nextWeek", "[]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\"},\"id\":1}");
    }

    @Test
    void withDetailsItsDataIsTheMessage() {
        assertThat(call(engine(true), "nextWeek", "[]")).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,"
                + "\"message\":\"Call timed out\",\"data\":\"io.acme.Forecast#nextWeek timed out\"},\"id\":1}");
    }
}
